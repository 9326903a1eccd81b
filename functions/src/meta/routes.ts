// The API's own description, and the answer for every path no capability routes.
import { createRoute } from '@hono/zod-openapi';
import * as z from '@szkc/shared/zod';
import { createApp } from '../http/app';
import { jsonResponse } from '../http/openapi';
// Written by `npm run openapi` from every capability's routes (meta/document.ts); a test checks
// it against the apps, so this function imports none of them.
import openApiDocument from './openapi.json';

export const metaApp = createApp();

metaApp.openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['系统'],
    summary: '健康检查',
    responses: { 200: jsonResponse(z.object({ ok: z.literal(true) }), '服务正常') },
  }),
  (c) => c.json({ ok: true as const }, 200),
);

metaApp.openapi(
  createRoute({
    method: 'get',
    path: '/openapi.json',
    tags: ['系统'],
    summary: '本接口文档（OpenAPI 3.1）',
    responses: { 200: jsonResponse(z.record(z.string(), z.unknown()), 'OpenAPI 3.1 文档') },
  }),
  (c) => c.json(openApiDocument, 200),
);
