// The API's own description, and the answer for every path no capability routes.
import { createRoute } from '@hono/zod-openapi';
import { z } from '@szkc/shared';
import { createApp } from '../http/app';
import { jsonResponse } from '../http/openapi';
import { authApp } from '../auth/routes';
import { contestsApp } from '../contests/routes';
import { eventsApp } from '../events/routes';
import { policiesApp } from '../policies/routes';
import { statsApp } from '../stats/routes';
import { venuesApp } from '../venues/routes';

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

/**
 * Every capability's routes, for the document only: API Gateway sends their paths elsewhere.
 * Built on first request, once every route of this module is registered.
 */
let document: ReturnType<typeof buildDocument> | undefined;
const buildDocument = () => {
  const documented = createApp();
  documented.route('/', authApp);
  documented.route('/', eventsApp);
  documented.route('/', policiesApp);
  documented.route('/', venuesApp);
  documented.route('/', contestsApp);
  documented.route('/', statsApp);
  documented.route('/', metaApp);
  return documented.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: '石嘴山科创 API',
      version: '1.0.0',
      description: '石嘴山市科学技术局 科普活动、场馆打卡、创新大赛与企业政策匹配服务接口',
    },
    servers: [{ url: '/' }],
  });
};
export const openApiDocument = () => (document ??= buildDocument());

metaApp.openapi(
  createRoute({
    method: 'get',
    path: '/openapi.json',
    tags: ['系统'],
    summary: '本接口文档（OpenAPI 3.1）',
    responses: { 200: jsonResponse(z.record(z.string(), z.unknown()), 'OpenAPI 3.1 文档') },
  }),
  (c) => c.json(openApiDocument(), 200),
);
