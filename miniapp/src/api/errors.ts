import { apiErrorSchema, defaultErrorMessages } from '@szkc/shared';

export const networkErrorMessage = '网络连接失败，请检查网络后重试';

/** An API.md error answer (or a network failure, status 0) as something to throw. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Builds the ApiError of a non-2xx answer; a body not in the API.md shape still gets Chinese text. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  const parsed = apiErrorSchema.safeParse(typeof body === 'string' ? safeJson(body) : body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(status, code, message, details);
  }
  const code = status === 401 ? 'UNAUTHENTICATED' : status === 404 ? 'NOT_FOUND' : 'INTERNAL';
  return new ApiError(status, code, defaultErrorMessages[code] ?? '服务出错了，请稍后重试');
}

export const networkError = () => new ApiError(0, 'NETWORK', networkErrorMessage);

/** What to tell the person about any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '出错了，请稍后重试';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
