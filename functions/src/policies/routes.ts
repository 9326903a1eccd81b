import { createRoute } from '@hono/zod-openapi';
import {
  eligibilityRequestSchema,
  eligibilityResponseSchema,
  enterpriseSaveRequestSchema,
  listOf,
  listQuerySchema,
  policyDetailSchema,
  policySummarySchema,
  savedEnterpriseSchema,
} from '@szkc/shared';
import * as z from '@szkc/shared/zod';
import { createApp } from '../http/app';
import { authOf, requireAuth } from '../http/auth';
import {
  authErrorResponses,
  bearerSecurity,
  errorResponses,
  jsonBody,
  jsonResponse,
  notFoundResponse,
} from '../http/openapi';
import * as service from './service';

const tags = ['企业政策'];

export const policiesApp = createApp();

policiesApp.openapi(
  createRoute({
    method: 'get',
    path: '/policies',
    tags,
    summary: '政策列表（全部六项政策，默认一页返回）',
    description: '`cursor` 为上一页返回的 `nextCursor`；无效的游标返回 422 VALIDATION_FAILED。',
    request: { query: listQuerySchema },
    responses: {
      200: jsonResponse(listOf(policySummarySchema), '政策列表'),
      422: errorResponses[422],
    },
  }),
  (c) => c.json(service.listPolicies(c.req.valid('query')), 200),
);

policiesApp.openapi(
  createRoute({
    method: 'get',
    path: '/policies/{id}',
    tags,
    summary: '政策详情（含条件说明与文件来源）',
    request: {
      params: z.object({ id: z.string().meta({ example: 'high-tech-enterprise' }) }),
    },
    responses: {
      200: jsonResponse(policyDetailSchema, '政策详情'),
      ...notFoundResponse,
    },
  }),
  (c) => c.json(service.policyDetail(c.req.valid('param').id), 200),
);

policiesApp.openapi(
  createRoute({
    method: 'post',
    path: '/policies/eligibility',
    tags,
    summary: '政策匹配：逐项评估企业是否符合各项政策（不保存企业的任何数据，只按天、政策与结果计数）',
    request: { body: jsonBody(eligibilityRequestSchema) },
    responses: {
      200: jsonResponse(eligibilityResponseSchema, '各项政策的评估结果'),
      400: errorResponses[400],
      413: errorResponses[413],
      422: errorResponses[422],
    },
  }),
  async (c) => c.json(await service.eligibility(c.req.valid('json')), 200),
);

policiesApp.use('/me/enterprise', requireAuth);

policiesApp.openapi(
  createRoute({
    method: 'get',
    path: '/me/enterprise',
    tags,
    summary: '我保存的企业信息',
    security: bearerSecurity,
    responses: {
      200: jsonResponse(savedEnterpriseSchema, '已保存的企业信息'),
      401: authErrorResponses[401],
      ...notFoundResponse,
      503: errorResponses[503],
    },
  }),
  async (c) => c.json(await service.enterpriseOf(authOf(c).userId), 200),
);

policiesApp.openapi(
  createRoute({
    method: 'put',
    path: '/me/enterprise',
    tags,
    summary: '保存企业信息（需有效的统一社会信用代码）',
    security: bearerSecurity,
    request: { body: jsonBody(enterpriseSaveRequestSchema) },
    responses: {
      200: jsonResponse(savedEnterpriseSchema, '已保存'),
      ...errorResponses,
      401: authErrorResponses[401],
    },
  }),
  async (c) => c.json(await service.saveEnterprise(authOf(c).userId, c.req.valid('json').profile), 200),
);
