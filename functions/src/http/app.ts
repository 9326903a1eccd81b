// The HTTP skeleton every capability shares: the API.md error shape for every failure, the 64 KiB
// body limit, request ids in logs and error bodies, and the store-call count of each request.
import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Context, Env } from 'hono';
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { ulid } from 'ulid';
import { onDevStage } from '../config';
import { DomainError, notFound, validationFailed } from '../errors';
import { withStoreCallLog } from '../store/client';
import { loadCursorKey } from './cursor';
import { ApiError, answerOf, isStoreUnavailable } from './errors';
import { logger } from './logger';

export type AuthInfo = { userId: string };
export type AppEnv = Env & {
  Bindings: { event?: LambdaEvent; lambdaContext?: LambdaContext };
  Variables: { requestId: string; auth?: AuthInfo };
};

export const maxBodyBytes = 64 * 1024;

const issuePath = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * zod failures become 422 VALIDATION_FAILED with `details.issues`; never zod's own text. An id in
 * the path that cannot exist (the wrong format) names nothing: 404, as for an unknown one.
 */
const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  if ((result as { target?: string }).target === 'param') throw notFound();
  throw validationFailed(
    result.error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message })),
  );
};

export function errorBody(c: Context<AppEnv>, error: ApiError) {
  const details = error.details ?? (error.status >= 500 ? { requestId: c.get('requestId') } : undefined);
  return { error: { code: error.code, message: error.message, ...(details ? { details } : {}) } };
}

function toApiError(c: Context<AppEnv>, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) return answerOf(error);
  if (error instanceof HTTPException && error.status < 500) {
    // zod-openapi's JSON parser answers malformed bodies with an HTTPException.
    return answerOf(
      error.status === 413
        ? new DomainError('PAYLOAD_TOO_LARGE')
        : new DomainError('BAD_REQUEST', '请求内容不是有效的 JSON'),
    );
  }
  if (isStoreUnavailable(error)) {
    logger.warn('store unavailable', { requestId: c.get('requestId'), error: error as Error });
    return answerOf(new DomainError('UNAVAILABLE'));
  }
  logger.error('unhandled error', { requestId: c.get('requestId'), error: error as Error });
  return answerOf(new DomainError('INTERNAL'));
}

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createApp() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use(async (c, next) => {
    const context = c.env?.event?.requestContext;
    const gatewayId = context && 'requestId' in context ? context.requestId : undefined;
    const requestId = gatewayId ?? c.req.header('x-request-id')?.slice(0, 64) ?? ulid();
    c.set('requestId', requestId);
    const storeCalls: string[] = [];
    const started = Date.now();
    await withStoreCallLog(storeCalls, () => next());
    c.header('x-request-id', requestId);
    c.header('x-content-type-options', 'nosniff');
    // Answers to a signed-in caller (their account, export, rosters, workbooks) are personal:
    // never kept by a browser or a proxy.
    if (c.req.header('authorization')) c.header('cache-control', 'no-store');
    // Lets tests and the bench see what a request cost; nothing to learn for outsiders in prod.
    if (onDevStage) c.header('x-store-calls', storeCalls.join(',') || 'none');
    logger.info('request', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Date.now() - started,
      storeCalls: storeCalls.length,
    });
  });

  app.use(
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new DomainError('PAYLOAD_TOO_LARGE', '请求内容超过 64 KB');
      },
    }),
  );

  // The cursor codec is synchronous; its key (from the server secret) is there before any handler.
  // Without the secret only what needs it fails (a list's cursor, as a login's token), not all.
  app.use(async (_c, next) => {
    await loadCursorKey().catch(() => undefined);
    await next();
  });

  // A body must be JSON; a text/plain body would otherwise be validated as {}.
  app.use(async (c, next) => {
    if (bodyMethods.has(c.req.method)) {
      const length = Number(c.req.header('content-length') ?? '0');
      const type = c.req.header('content-type') ?? '';
      if (length > 0 && !/^application\/(.+\+)?json\b/i.test(type)) {
        throw new DomainError('BAD_REQUEST', '请求内容须为 JSON（Content-Type: application/json）');
      }
    }
    await next();
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });

  app.onError((error, c) => {
    const apiError = toApiError(c, error);
    for (const [name, value] of Object.entries(apiError.headers ?? {})) c.header(name, value);
    return c.json(errorBody(c, apiError), apiError.status);
  });
  app.notFound((c) => c.json(errorBody(c, answerOf(notFound('接口不存在'))), 404));
  return app;
}

export type App = ReturnType<typeof createApp>;
