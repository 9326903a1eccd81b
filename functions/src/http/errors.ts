import { defaultErrorMessages, type ErrorCode } from '@szkc/shared';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An answer in the API.md error shape. Thrown anywhere, rendered by the app's error handler. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message ?? defaultErrorMessages[code] ?? defaultErrorMessages.INTERNAL);
  }
}

export const unauthenticated = (message?: string) => new ApiError(401, 'UNAUTHENTICATED', message);
export const forbidden = (message?: string) => new ApiError(403, 'FORBIDDEN', message);
export const notFound = (message?: string) => new ApiError(404, 'NOT_FOUND', message);
export const conflict = (code: ErrorCode, message: string, details?: Record<string, unknown>) =>
  new ApiError(409, code, message, details);
export const rateLimited = (retryAfterSeconds: number, message?: string) =>
  new ApiError(
    429,
    'RATE_LIMITED',
    message,
    { retryAfterSeconds },
    {
      'Retry-After': String(retryAfterSeconds),
    },
  );
export const unavailable = (message?: string) => new ApiError(503, 'UNAVAILABLE', message);

const storeUnavailableNames = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalServerError',
  'TimeoutError',
]);
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const networkCodePattern = new RegExp(`\\b(${[...networkCodes].join('|')})\\b`);

/** True when the store could not be reached or throttled us: the client may safely retry. */
export function isStoreUnavailable(error: unknown): boolean {
  // Not `instanceof Error`: errors made by Node's own network code may come from another realm
  // (a VM context, as under a test runner) and still be this failure.
  if (typeof error !== 'object' || error === null || !('name' in error)) return false;
  const code = (error as { code?: string }).code;
  const cause = (error as { cause?: unknown }).cause;
  return (
    storeUnavailableNames.has(String(error.name)) ||
    (code !== undefined && networkCodes.has(code)) ||
    // The SDK wraps an error it does not recognise as one ("AWS SDK error wrapper for Error:
    // connect ECONNREFUSED …") and keeps only its text.
    networkCodePattern.test(String((error as { message?: unknown }).message ?? '')) ||
    (cause !== undefined && cause !== error && isStoreUnavailable(cause))
  );
}
