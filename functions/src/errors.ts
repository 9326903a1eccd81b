// Named domain errors: what went wrong, as one of the contract's stable codes, in words for the
// person and with details for programs. Domain code throws these and knows nothing of HTTP; the
// HTTP layer (http/errors.ts) gives each code its status, once.
import { defaultErrorMessages, type ErrorCode, type ValidationIssue } from '@szkc/shared';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? defaultErrorMessages[code]);
  }
}

export const unauthenticated = (message?: string, details?: Record<string, unknown>) =>
  new DomainError('UNAUTHENTICATED', message, details);
export const forbidden = (message?: string, details?: Record<string, unknown>) =>
  new DomainError('FORBIDDEN', message, details);
export const notFound = (message?: string) => new DomainError('NOT_FOUND', message);
/** The state does not allow it, and no more specific code says why. */
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const unavailable = (message?: string) => new DomainError('UNAVAILABLE', message);
export const rateLimited = (retryAfterSeconds: number, message?: string) =>
  new DomainError('RATE_LIMITED', message, { retryAfterSeconds });

/**
 * VALIDATION_FAILED with `details.issues`. The message is the first issue, prefixed with its path
 * unless the caller words it for the person itself.
 */
export function validationFailed(issues: ValidationIssue[], message?: string): DomainError {
  const first = issues[0];
  const fromIssue = first?.path ? `${first.path}：${first.message}` : first?.message;
  return new DomainError('VALIDATION_FAILED', message ?? fromIssue, { issues });
}
