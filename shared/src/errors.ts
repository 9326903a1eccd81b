import { z } from './zod';

/** Stable error codes of the HTTP contract (API.md). Programs match on these, never on messages. */
export const errorCodes = [
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'VALIDATION_FAILED',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
  'WECHAT_LOGIN_FAILED',
] as const;
export type ErrorCode = (typeof errorCodes)[number] | (string & {});

/** Default Chinese messages; a thrower may give a more specific one. */
export const defaultErrorMessages: Record<string, string> = {
  BAD_REQUEST: '请求格式不正确',
  PAYLOAD_TOO_LARGE: '请求内容过大',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  NOT_FOUND: '内容不存在',
  CONFLICT: '当前状态不允许此操作',
  VALIDATION_FAILED: '填写的内容有误',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  UNAVAILABLE: '服务暂时繁忙，请稍后重试',
  INTERNAL: '服务出错了，请稍后重试',
  WECHAT_LOGIN_FAILED: '微信登录失败，请重试',
};

export const validationIssueSchema = z.object({ path: z.string(), message: z.string() });
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
