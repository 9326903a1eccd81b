import { createRoute } from '@hono/zod-openapi';
import {
  allVenueStatsSchema,
  venueCheckinRequestSchema,
  listOf,
  passportSchema,
  staffUpdateSchema,
  statsRangeSchema,
  venueCheckinSchema,
  venueCodeSchema,
  venueCreateSchema,
  venueListQuerySchema,
  venuePatchSchema,
  venueSchema,
  venueStaffSchema,
  venueStatsSchema,
  venueSummarySchema,
  idSchema,
} from '@szkc/shared';
import * as z from '@szkc/shared/zod';
import { faultPlanFrom } from '../events/faults';
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
import * as service from './service';

const tags = ['科普场馆'];
// An id of the wrong format names no venue: the app answers 404 for it (API.md).
const idParams = z.object({ id: idSchema('场馆编号格式不正确') });
const managed = { ...errorResponses, ...authErrorResponses, ...notFoundResponse };

export const venuesApp = createApp();

venuesApp.on(['GET'], '/venues/:id', optionalAuth);
venuesApp.on(['POST'], '/venues', requireAuth);
venuesApp.on(['PATCH'], '/venues/:id', requireAuth);
for (const staffPath of ['checkins', 'staff', 'code', 'stats'])
  venuesApp.use(`/venues/:id/${staffPath}`, requireAuth);
venuesApp.use('/me/passport', requireAuth);
venuesApp.use('/stats/venues', requireAuth);

venuesApp.openapi(
  createRoute({
    method: 'get',
    path: '/venues',
    tags,
    summary: '科普场馆（带 near 时由近到远，否则按名称）',
    request: { query: venueListQuerySchema },
    responses: {
      200: jsonResponse(listOf(venueSummarySchema), '场馆列表'),
      422: errorResponses[422],
      503: errorResponses[503],
    },
  }),
  async (c) => c.json(await service.listVenues(c.req.valid('query')), 200),
);

venuesApp.openapi(
  createRoute({
    method: 'get',
    path: '/venues/{id}',
    tags,
    summary: '场馆详情（近期活动；登录时含我的打卡次数）',
    request: { params: idParams },
    responses: {
      200: jsonResponse(venueSchema, '场馆详情'),
      ...notFoundResponse,
      401: authErrorResponses[401],
      422: errorResponses[422],
    },
  }),
  async (c) => c.json(await service.venueDetail(c.req.valid('param').id, c.get('auth')?.userId), 200),
);

venuesApp.openapi(
  createRoute({
    method: 'post',
    path: '/venues',
    tags,
    summary: '添加场馆（管理员）',
    security: bearerSecurity,
    request: { body: jsonBody(venueCreateSchema) },
    responses: { 201: jsonResponse(venueSchema, '新场馆'), ...errorResponses, ...authErrorResponses },
  }),
  async (c) => c.json(await service.createVenue(authOf(c).userId, c.req.valid('json')), 201),
);

venuesApp.openapi(
  createRoute({
    method: 'patch',
    path: '/venues/{id}',
    tags,
    summary: '修改场馆（管理员；rotatePrintedCode 作废已张贴的二维码）',
    security: bearerSecurity,
    request: { params: idParams, body: jsonBody(venuePatchSchema) },
    responses: { 200: jsonResponse(venueSchema, '修改后的场馆'), ...managed },
  }),
  async (c) =>
    c.json(await service.patchVenue(authOf(c).userId, c.req.valid('param').id, c.req.valid('json')), 200),
);

venuesApp.openapi(
  createRoute({
    method: 'post',
    path: '/venues/{id}/checkins',
    tags,
    summary: '场馆打卡（每人每馆每天一次；重复打卡返回当天的打卡）',
    description:
      'screen：扫描现场屏幕的动态码；poster：扫描张贴的二维码并提供定位；geo：仅定位。' +
      '定位只用于判断距离，不保存。',
    security: bearerSecurity,
    request: { params: idParams, body: jsonBody(venueCheckinRequestSchema) },
    responses: {
      200: jsonResponse(venueCheckinSchema, '今天已打过卡'),
      201: jsonResponse(venueCheckinSchema, '打卡成功'),
      ...managed,
      ...rateLimitedResponse,
    },
  }),
  async (c) => {
    const checkin = await service.checkInAt(
      c.req.valid('param').id,
      authOf(c).userId,
      c.req.valid('json'),
      faultPlanFrom(c.req.header('x-fault')),
    );
    return checkin.alreadyCheckedIn ? c.json(checkin, 200) : c.json(checkin, 201);
  },
);

venuesApp.openapi(
  createRoute({
    method: 'get',
    path: '/me/passport',
    tags,
    summary: '我的科普护照（印章、徽章与下一个目标）',
    security: bearerSecurity,
    responses: {
      200: jsonResponse(passportSchema, '科普护照'),
      ...authErrorResponses,
      503: errorResponses[503],
    },
  }),
  async (c) => c.json(await service.passport(authOf(c).userId), 200),
);

venuesApp.openapi(
  createRoute({
    method: 'put',
    path: '/venues/{id}/staff',
    tags,
    summary: '指定场馆工作人员（管理员；须有场馆工作人员角色）',
    security: bearerSecurity,
    request: { params: idParams, body: jsonBody(staffUpdateSchema) },
    responses: { 200: jsonResponse(venueStaffSchema, '本场馆的工作人员'), ...managed },
  }),
  async (c) =>
    c.json(await service.setStaff(authOf(c).userId, c.req.valid('param').id, c.req.valid('json')), 200),
);

venuesApp.openapi(
  createRoute({
    method: 'get',
    path: '/venues/{id}/code',
    tags,
    summary: '当前打卡码（本场馆工作人员、管理员；screen 为 30 秒动态码，poster 为张贴码）',
    security: bearerSecurity,
    request: { params: idParams },
    responses: { 200: jsonResponse(venueCodeSchema, '打卡码'), ...managed, ...conflictResponse },
  }),
  async (c) => c.json(await service.venueCode(authOf(c).userId, c.req.valid('param').id), 200),
);

venuesApp.openapi(
  createRoute({
    method: 'get',
    path: '/venues/{id}/stats',
    tags,
    summary: '场馆每日打卡统计（本场馆工作人员、管理员；最多 366 天）',
    security: bearerSecurity,
    request: { params: idParams, query: statsRangeSchema },
    responses: { 200: jsonResponse(venueStatsSchema, '每日统计'), ...managed },
  }),
  async (c) =>
    c.json(await service.venueStats(authOf(c).userId, c.req.valid('param').id, c.req.valid('query')), 200),
);

venuesApp.openapi(
  createRoute({
    method: 'get',
    path: '/stats/venues',
    tags,
    summary: '全部场馆打卡统计（管理员）',
    security: bearerSecurity,
    request: { query: statsRangeSchema },
    responses: {
      200: jsonResponse(allVenueStatsSchema, '各场馆合计'),
      ...errorResponses,
      ...authErrorResponses,
    },
  }),
  async (c) => c.json(await service.allVenueStats(authOf(c).userId, c.req.valid('query')), 200),
);
