import { createRoute } from '@hono/zod-openapi';
import {
  checkinRequestSchema,
  checkinResultSchema,
  eventCreateSchema,
  eventListQuerySchema,
  eventPatchSchema,
  eventSchema,
  eventSummarySchema,
  listOf,
  listQuerySchema,
  myRegistrationSchema,
  registerRequestSchema,
  registrationSchema,
  rosterRowSchema,
  idSchema,
} from '@szkc/shared';
import * as z from '@szkc/shared/zod';
import { createApp } from '../http/app';
import { authOf, optionalAuth, requireAuth } from '../http/auth';
import {
  authErrorResponses,
  bearerSecurity,
  conflictResponse,
  errorResponses,
  jsonBody,
  jsonResponse,
  notFoundResponse,
  rateLimitedResponse,
} from '../http/openapi';
import { faultPlanFrom } from './faults';
import * as service from './service';

const tags = ['科普活动'];
const idParams = z.object({ id: idSchema('活动编号格式不正确') });
const managed = { ...errorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse };

export const eventsApp = createApp();

eventsApp.use('/events/:id/registrations', requireAuth);
eventsApp.use('/events/:id/registrations/*', requireAuth);
eventsApp.use('/events/:id/checkins', requireAuth);
eventsApp.use('/events/:id/publish', requireAuth);
eventsApp.use('/events/:id/cancel', requireAuth);
eventsApp.use('/me/*', requireAuth);
eventsApp.on(['POST'], '/events', requireAuth);
eventsApp.on(['PATCH'], '/events/:id', requireAuth);
eventsApp.on(['GET'], '/events/:id', optionalAuth);

eventsApp.openapi(
  createRoute({
    method: 'get',
    path: '/events',
    tags,
    summary: '已发布的科普活动（按开始时间）',
    request: { query: eventListQuerySchema },
    responses: {
      200: jsonResponse(listOf(eventSummarySchema), '活动列表'),
      422: errorResponses[422],
      503: errorResponses[503],
    },
  }),
  async (c) => c.json(await service.listEvents(c.req.valid('query')), 200),
);

eventsApp.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}',
    tags,
    summary: '活动详情（登录时含我的报名）',
    request: { params: idParams },
    responses: {
      200: jsonResponse(eventSchema, '活动详情'),
      ...notFoundResponse,
      401: authErrorResponses[401],
      422: errorResponses[422],
    },
  }),
  async (c) => c.json(await service.eventDetail(c.req.valid('param').id, c.get('auth')?.userId), 200),
);

eventsApp.openapi(
  createRoute({
    method: 'post',
    path: '/events',
    tags,
    summary: '创建活动（草稿；组织者、管理员）',
    security: bearerSecurity,
    request: { body: jsonBody(eventCreateSchema) },
    responses: { 201: jsonResponse(eventSchema, '已创建的草稿'), ...errorResponses, ...authErrorResponses },
  }),
  async (c) => c.json(await service.createEvent(authOf(c).userId, c.req.valid('json')), 201),
);

eventsApp.openapi(
  createRoute({
    method: 'patch',
    path: '/events/{id}',
    tags,
    summary: '修改活动（该活动组织者、管理员）',
    security: bearerSecurity,
    request: { params: idParams, body: jsonBody(eventPatchSchema) },
    responses: { 200: jsonResponse(eventSchema, '修改后的活动'), ...managed },
  }),
  async (c) =>
    c.json(await service.patchEvent(authOf(c).userId, c.req.valid('param').id, c.req.valid('json')), 200),
);

for (const [action, summary] of [
  ['publish', '发布活动'],
  ['cancel', '取消活动'],
] as const) {
  eventsApp.openapi(
    createRoute({
      method: 'post',
      path: `/events/{id}/${action}`,
      tags,
      summary: `${summary}（该活动组织者、管理员）`,
      security: bearerSecurity,
      request: { params: idParams },
      responses: { 200: jsonResponse(eventSchema, '操作后的活动'), ...managed },
    }),
    async (c) => {
      const run = action === 'publish' ? service.publishEvent : service.cancelEvent;
      return c.json(await run(authOf(c).userId, c.req.valid('param').id), 200);
    },
  );
}

eventsApp.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/registrations',
    tags,
    summary: '报名（名额不足时候补；重复报名返回原报名）',
    security: bearerSecurity,
    request: { params: idParams, body: jsonBody(registerRequestSchema) },
    responses: {
      200: jsonResponse(registrationSchema, '已有的报名'),
      201: jsonResponse(registrationSchema, '新报名'),
      ...managed,
      // New registrations per person; a repeat of one already held is never refused.
      ...rateLimitedResponse,
    },
  }),
  async (c) => {
    const { registration, created } = await service.register(
      c.req.valid('param').id,
      authOf(c).userId,
      c.req.valid('json'),
      faultPlanFrom(c.req.header('x-fault')),
    );
    return created ? c.json(registration, 201) : c.json(registration, 200);
  },
);

eventsApp.openapi(
  createRoute({
    method: 'delete',
    path: '/events/{id}/registrations/me',
    tags,
    summary: '取消我的报名（空出的名额给候补）',
    security: bearerSecurity,
    request: { params: idParams },
    responses: { 200: jsonResponse(registrationSchema, '已取消的报名'), ...managed },
  }),
  async (c) =>
    c.json(
      await service.cancelMine(
        c.req.valid('param').id,
        authOf(c).userId,
        faultPlanFrom(c.req.header('x-fault')),
      ),
      200,
    ),
);

eventsApp.openapi(
  createRoute({
    method: 'get',
    path: '/me/registrations',
    tags,
    summary: '我的报名',
    security: bearerSecurity,
    request: { query: listQuerySchema },
    responses: {
      200: jsonResponse(listOf(myRegistrationSchema), '我的报名'),
      ...authErrorResponses,
      422: errorResponses[422],
    },
  }),
  async (c) => {
    const { limit, cursor } = c.req.valid('query');
    return c.json(await service.myRegistrations(authOf(c).userId, limit, cursor), 200);
  },
);

eventsApp.openapi(
  createRoute({
    method: 'get',
    path: '/me/events',
    tags,
    summary: '我组织的活动（组织者、管理员）',
    security: bearerSecurity,
    request: { query: listQuerySchema },
    responses: {
      200: jsonResponse(listOf(eventSummarySchema), '我组织的活动'),
      ...authErrorResponses,
      422: errorResponses[422],
    },
  }),
  async (c) => {
    const { limit, cursor } = c.req.valid('query');
    return c.json(await service.myEvents(authOf(c).userId, limit, cursor), 200);
  },
);

eventsApp.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}/registrations',
    tags,
    summary: '报名名单（手机号脱敏；该活动组织者、管理员）',
    security: bearerSecurity,
    request: { params: idParams },
    responses: { 200: jsonResponse(listOf(rosterRowSchema), '报名名单'), ...managed },
  }),
  async (c) => c.json(await service.roster(c.req.valid('param').id, authOf(c).userId), 200),
);

eventsApp.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/checkins',
    tags,
    summary:
      '现场签到（该活动组织者、场馆工作人员、管理员；按票码或二维码下的 6 位签到码；重复签到返回首次签到时间；签到码对应多位报名者时 409 AMBIGUOUS_TICKET_CODE 列出候选）',
    security: bearerSecurity,
    request: { params: idParams, body: jsonBody(checkinRequestSchema) },
    responses: { 200: jsonResponse(checkinResultSchema, '签到结果'), ...managed },
  }),
  async (c) =>
    c.json(await service.checkIn(c.req.valid('param').id, authOf(c).userId, c.req.valid('json')), 200),
);

eventsApp.openapi(
  createRoute({
    method: 'post',
    path: '/events/{id}/registrations/{registrationId}/checkin',
    tags,
    summary: '按名单手动签到（该活动组织者、管理员；只签到一次，重复时返回首次签到时间）',
    security: bearerSecurity,
    request: {
      params: idParams.extend({ registrationId: idSchema('报名编号格式不正确') }),
    },
    responses: { 200: jsonResponse(checkinResultSchema, '签到结果'), ...managed },
  }),
  async (c) => {
    const { id, registrationId } = c.req.valid('param');
    return c.json(await service.checkInRegistration(id, authOf(c).userId, registrationId), 200);
  },
);
