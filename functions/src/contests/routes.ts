import { createRoute } from '@hono/zod-openapi';
import {
  contestCreateSchema,
  contestEligibilityResponseSchema,
  contestPatchSchema,
  contestSchema,
  contestSummarySchema,
  eligibilityRequestSchema,
  listOf,
  listQuerySchema,
  z,
} from '@szkc/shared';
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
} from '../http/openapi';
import * as service from './service';

export const tags = ['创新大赛'];
// Ids of the wrong shape are 404 (API.md), found absent without a store call by the repositories.
export const contestParams = z.object({ id: z.string().max(64) });
export const managed = { ...errorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse };

export const contestsApp = createApp();

contestsApp.on(['POST'], '/contests', requireAuth);
contestsApp.on(['PATCH'], '/contests/:id', requireAuth);
contestsApp.use('/contests/:id/publish', requireAuth);
contestsApp.on(['GET'], '/contests/:id', optionalAuth);
contestsApp.use('/contests/:id/eligibility', optionalAuth);
contestsApp.use('/me/*', requireAuth);

contestsApp.openapi(
  createRoute({
    method: 'get',
    path: '/contests',
    tags,
    summary: '已发布的创新大赛',
    request: { query: listQuerySchema },
    responses: {
      200: jsonResponse(listOf(contestSummarySchema), '大赛列表'),
      422: errorResponses[422],
      503: errorResponses[503],
    },
  }),
  async (c) => {
    const { limit, cursor } = c.req.valid('query');
    return c.json(await service.listContests(limit, cursor), 200);
  },
);

contestsApp.openapi(
  createRoute({
    method: 'get',
    path: '/contests/{id}',
    tags,
    summary: '大赛详情（登录时含我的参赛项目；草稿仅组织者、管理员可见）',
    request: { params: contestParams },
    responses: {
      200: jsonResponse(contestSchema, '大赛详情'),
      ...notFoundResponse,
      401: authErrorResponses[401],
      422: errorResponses[422],
    },
  }),
  async (c) => c.json(await service.contestDetail(c.req.valid('param').id, c.get('auth')?.userId), 200),
);

contestsApp.openapi(
  createRoute({
    method: 'post',
    path: '/contests',
    tags,
    summary: '创建大赛（草稿；组织者、管理员）',
    security: bearerSecurity,
    request: { body: jsonBody(contestCreateSchema) },
    responses: { 201: jsonResponse(contestSchema, '已创建的草稿'), ...errorResponses, ...authErrorResponses },
  }),
  async (c) => c.json(await service.createContest(authOf(c).userId, c.req.valid('json')), 201),
);

contestsApp.openapi(
  createRoute({
    method: 'patch',
    path: '/contests/{id}',
    tags,
    summary: '修改大赛（该大赛组织者、管理员；已有评分后不能改评分标准 RUBRIC_LOCKED）',
    security: bearerSecurity,
    request: { params: contestParams, body: jsonBody(contestPatchSchema) },
    responses: { 200: jsonResponse(contestSchema, '修改后的大赛'), ...managed },
  }),
  async (c) =>
    c.json(await service.patchContest(authOf(c).userId, c.req.valid('param').id, c.req.valid('json')), 200),
);

contestsApp.openapi(
  createRoute({
    method: 'post',
    path: '/contests/{id}/publish',
    tags,
    summary: '发布大赛（该大赛组织者、管理员）',
    security: bearerSecurity,
    request: { params: contestParams },
    responses: { 200: jsonResponse(contestSchema, '已发布的大赛'), ...managed },
  }),
  async (c) => c.json(await service.publishContest(authOf(c).userId, c.req.valid('param').id), 200),
);

contestsApp.openapi(
  createRoute({
    method: 'post',
    path: '/contests/{id}/eligibility',
    tags,
    summary: '组别自查：逐项评估企业符合哪个组别（与政策匹配同一引擎，不保存任何数据）',
    request: { params: contestParams, body: jsonBody(eligibilityRequestSchema) },
    responses: {
      200: jsonResponse(contestEligibilityResponseSchema, '各组别的评估结果'),
      ...errorResponses,
      ...notFoundResponse,
      401: authErrorResponses[401],
    },
  }),
  async (c) =>
    c.json(
      await service.eligibility(c.req.valid('param').id, c.get('auth')?.userId, c.req.valid('json')),
      200,
    ),
);

contestsApp.openapi(
  createRoute({
    method: 'get',
    path: '/me/contests',
    tags,
    summary: '我组织的大赛（含草稿；组织者、管理员）',
    security: bearerSecurity,
    request: { query: listQuerySchema },
    responses: {
      200: jsonResponse(listOf(contestSummarySchema), '我组织的大赛'),
      ...authErrorResponses,
      422: errorResponses[422],
    },
  }),
  async (c) => {
    const { limit, cursor } = c.req.valid('query');
    return c.json(await service.myContests(authOf(c).userId, limit, cursor), 200);
  },
);
