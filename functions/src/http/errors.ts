import type { ErrorCode } from '@szkc/shared';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError } from '../errors';

/**
 * The HTTP status of every error code (API.md): the one place a code meets a status. 409 for
 * states that do not allow the action, 422 for input the rules refuse.
 */
export const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  WECHAT_LOGIN_FAILED: 401,
  FORBIDDEN: 403,
  CONFLICT_OF_INTEREST: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  EVENT_FULL: 409,
  EVENT_CANCELLED: 409,
  SIGNUP_NOT_OPEN: 409,
  SIGNUP_CLOSED: 409,
  CAPACITY_BELOW_CONFIRMED: 409,
  WAITLIST_BELOW_WAITING: 409,
  ALREADY_CHECKED_IN: 409,
  AMBIGUOUS_TICKET_CODE: 409,
  ALREADY_ENTERED: 409,
  VERSION_CONFLICT: 409,
  TEAM_FULL: 409,
  RUBRIC_LOCKED: 409,
  ROUND_CLOSED: 409,
  VALIDATION_FAILED: 422,
  INVALID_TICKET: 422,
  INVALID_CODE: 422,
  CODE_EXPIRED: 422,
  LOCATION_TOO_COARSE: 422,
  TOO_FAR: 422,
  NOT_ELIGIBLE: 422,
  INVALID_JOIN_CODE: 422,
  ENTRY_INCOMPLETE: 422,
  INVALID_FILE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

/** An answer in the API.md error shape, as the app's error handler renders it. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** A domain error as an answer: its status from the table, `Retry-After` when it says when. */
export function answerOf(error: DomainError): ApiError {
  const retryAfter = error.details?.retryAfterSeconds;
  const headers =
    error.code === 'RATE_LIMITED' && typeof retryAfter === 'number'
      ? { 'Retry-After': String(retryAfter) }
      : undefined;
  return new ApiError(statusOf[error.code], error.code, error.message, error.details, headers);
}

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
