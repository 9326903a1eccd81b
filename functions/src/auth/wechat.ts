// WeChat's code2Session: turns the code of wx.login into the user's openid. Its error codes become
// answers a person can act on; the session_key is not kept, since nothing here decrypts with it.
import * as z from '@szkc/shared/zod';
import { wechatApiBase, wechatAppId, wechatAppSecret } from '../config';
import { forbidden, rateLimited, unauthenticated, unavailable } from '../errors';
import { logger } from '../http/logger';

const sessionSchema = z.object({
  openid: z.string().optional(),
  unionid: z.string().optional(),
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
});

export async function exchangeLoginCode(code: string): Promise<{ openid: string }> {
  const query = new URLSearchParams({
    appid: wechatAppId,
    secret: await wechatAppSecret(),
    js_code: code,
    grant_type: 'authorization_code',
  });
  let body: unknown;
  try {
    const response = await fetch(`${wechatApiBase}/sns/jscode2session?${query}`, {
      signal: AbortSignal.timeout(5000),
    });
    body = await response.json();
  } catch (error) {
    logger.warn('wechat code2Session unreachable', { error: error as Error });
    throw unavailable('微信登录服务暂时不可用，请稍后重试');
  }
  const parsed = sessionSchema.safeParse(body);
  if (!parsed.success) throw unavailable('微信登录服务返回异常，请稍后重试');
  const { openid, errcode } = parsed.data;
  if (openid && !errcode) return { openid };
  switch (errcode) {
    case 40029:
    case 40163:
      throw unauthenticated('微信登录凭证无效或已使用，请重新登录', { wechatErrcode: errcode });
    case 45011:
      throw rateLimited(60, '登录太频繁，请一分钟后再试');
    case 40226:
      throw forbidden('该微信账号存在风险，暂不能登录', { wechatErrcode: errcode });
    case -1:
      throw unavailable('微信系统繁忙，请稍后重试');
    default:
      logger.error('wechat code2Session failed', { errcode, errmsg: parsed.data.errmsg });
      throw unauthenticated('微信登录失败，请重试', { wechatErrcode: errcode ?? null });
  }
}
