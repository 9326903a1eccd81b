import { handle } from 'hono/aws-lambda';
import type { App } from './app';

/** The Lambda entry of an app (API Gateway HTTP API, payload v2). */
export const toLambda = (app: App) => handle(app);
