// WeChat subscribe messages (订阅消息): an access token cached per cold start, and one send.
// Results say what the outbox should do: done, give up for good, or try again later.
import { wechatApiBase, wechatAppId, wechatAppSecret } from '../config';
import { logger } from '../http/logger';

export type SendOutcome = 'sent' | 'refused' | 'retry';
export type TemplateData = Record<string, { value: string }>;

let token: { value: string; expiresAt: number } | undefined;

async function accessToken(): Promise<string> {
  if (token && token.expiresAt > Date.now()) return token.value;
  const query = new URLSearchParams({
    grant_type: 'client_credential',
    appid: wechatAppId,
    secret: await wechatAppSecret(),
  });
  const response = await fetch(`${wechatApiBase}/cgi-bin/token?${query}`, {
    signal: AbortSignal.timeout(5000),
  });
  const body = (await response.json()) as { access_token?: string; expires_in?: number; errcode?: number };
  if (!body.access_token) throw new Error(`access_token failed: ${body.errcode}`);
  // Renew five minutes early: WeChat's tokens last two hours.
  token = { value: body.access_token, expiresAt: Date.now() + ((body.expires_in ?? 7200) - 300) * 1000 };
  return token.value;
}

export async function sendSubscribeMessage(message: {
  openid: string;
  templateId: string;
  page: string;
  data: TemplateData;
}): Promise<SendOutcome> {
  try {
    const response = await fetch(
      `${wechatApiBase}/cgi-bin/message/subscribe/send?access_token=${await accessToken()}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          touser: message.openid,
          template_id: message.templateId,
          page: message.page,
          data: message.data,
          miniprogram_state: 'formal',
          lang: 'zh_CN',
        }),
        signal: AbortSignal.timeout(5000),
      },
    );
    const body = (await response.json()) as { errcode?: number; errmsg?: string };
    if (!body.errcode) return 'sent';
    // 43101: the person did not subscribe (or used up the one-time permission). Not an error.
    if (body.errcode === 43101 || body.errcode === 40003) return 'refused';
    if (body.errcode === 40001 || body.errcode === 42001) token = undefined;
    logger.warn('subscribe message not sent', { errcode: body.errcode, errmsg: body.errmsg });
    return 'retry';
  } catch (error) {
    logger.warn('subscribe message failed', { error: error as Error });
    return 'retry';
  }
}
