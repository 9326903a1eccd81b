import {
  apiErrorSchema,
  clientErrorCodes,
  defaultErrorMessages,
  type ClientErrorCode,
  type ErrorCode,
} from '@szkc/shared';

const networkErrorMessage = '网络连接失败，请检查网络后重试';

/**
 * An API.md error answer (or a network failure, status 0) as something to throw. Its code is one
 * of the closed list in shared/src/errors.ts, so pages match codes the server really sends.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
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
    return new ApiError(status, isErrorCode(code) ? code : codeOfStatus(status), message, details);
  }
  const code = codeOfStatus(status);
  return new ApiError(status, code, defaultErrorMessages[code]);
}

export const networkError = () => new ApiError(0, clientErrorCodes.NETWORK, networkErrorMessage);

/** Whether a thrown value is the API's answer with this code. */
export function hasErrorCode(error: unknown, code: ClientErrorCode): error is ApiError {
  return error instanceof ApiError && error.code === code;
}

/** What to tell the person about any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '出错了，请稍后重试';
}

function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(defaultErrorMessages, code);
}

// A body without a code of the contract (a gateway's own answer, say): the nearest code.
function codeOfStatus(status: number): ErrorCode {
  return status === 401 ? 'UNAUTHENTICATED' : status === 404 ? 'NOT_FOUND' : 'INTERNAL';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
