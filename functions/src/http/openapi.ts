// Small builders so every route declares its body and answers the same way in the OpenAPI document.
import type { ZodType } from 'zod';
import { apiErrorSchema } from '@szkc/shared';

export const jsonBody = <T extends ZodType>(schema: T, description?: string) => ({
  required: true as const,
  description,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <T extends ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const errorResponse = (description: string) => jsonResponse(apiErrorSchema, description);

/** The error answers any route may give, by status. */
export const errorResponses = {
  400: errorResponse('请求内容不是有效的 JSON（BAD_REQUEST）'),
  413: errorResponse('请求内容超过 64 KB（PAYLOAD_TOO_LARGE）'),
  422: errorResponse('字段校验失败（VALIDATION_FAILED，details.issues）'),
  503: errorResponse('存储暂不可用，可安全重试（UNAVAILABLE）'),
};
export const authErrorResponses = {
  401: errorResponse('未登录或登录已过期（UNAUTHENTICATED）'),
  403: errorResponse('没有权限（FORBIDDEN）'),
};
export const notFoundResponse = { 404: errorResponse('资源不存在（NOT_FOUND）') };
export const conflictResponse = { 409: errorResponse('当前状态不允许此操作') };
/** 429 of a per-client limit (limits/limits.ts), or of WeChat's own. */
export const rateLimitedResponse = {
  429: {
    ...errorResponse('请求过于频繁（RATE_LIMITED），Retry-After 秒后再试'),
    headers: {
      'Retry-After': {
        description: '多少秒后可以再试',
        schema: { type: 'integer' as const, minimum: 1 },
      },
    },
  },
};

export const bearerSecurity = [{ bearerAuth: [] as string[] }];
