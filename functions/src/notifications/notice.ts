// A plain notice: to whom, which template, which page it opens, and the template's data. Any
// capability can send one without knowing about the others; only the recipient's openid and the
// template id (configured per deployment) are looked up here.
import { getUser } from '../users/users';
import { sendSubscribeMessage, type SendOutcome, type TemplateData } from './wechat-messages';

export interface Notice {
  /** The user id of the person told. */
  recipient: string;
  /** The environment variable naming the WeChat template id, e.g. WECHAT_TEMPLATE_SIGNUP. */
  templateSetting: string;
  /** A page of the mini-program with its query: `pageLink(...)` of shared/src/pages.ts. */
  page: string;
  data: TemplateData;
}

/** WeChat's `thing` values take 20 characters at most. */
export const thing = (text: string) => ({ value: Array.from(text).slice(0, 20).join('') });

export async function sendNotice(notice: Notice): Promise<SendOutcome> {
  const templateId = process.env[notice.templateSetting];
  const user = await getUser(notice.recipient);
  // No template configured, or the account is gone: nothing can be sent, now or later.
  if (!templateId || !user) return 'refused';
  return sendSubscribeMessage({ openid: user.openid, templateId, page: notice.page, data: notice.data });
}
