import { createRoute } from '@hono/zod-openapi';
import {
  loginRequestSchema,
  loginResponseSchema,
  personalDataExportSchema,
  rolesUpdateSchema,
  userSchema,
  idSchema,
} from '@szkc/shared';
import * as z from '@szkc/shared/zod';
import { currentUser } from '../access/access';
import { createApp } from '../http/app';
import { authOf, requireAuth } from '../http/auth';
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
import { toUser } from '../users/users';
import * as service from './service';

const tags = ['账号'];

export const authApp = createApp();

authApp.openapi(
  createRoute({
    method: 'post',
    path: '/auth/login',
    tags,
    summary: '微信登录（本地环境支持 dev:<name> 开发登录）',
    request: { body: jsonBody(loginRequestSchema) },
    responses: {
      200: jsonResponse(loginResponseSchema, '登录成功'),
      ...errorResponses,
      401: authErrorResponses[401],
      403: authErrorResponses[403],
      ...rateLimitedResponse,
    },
  }),
  async (c) => c.json(await service.login(c.req.valid('json').code), 200),
);

authApp.use('/me', requireAuth);
authApp.use('/me/*', requireAuth);
authApp.use('/users/*', requireAuth);

authApp.openapi(
  createRoute({
    method: 'get',
    path: '/me',
    tags,
    summary: '当前用户',
    security: bearerSecurity,
    responses: { 200: jsonResponse(userSchema, '当前用户'), ...authErrorResponses, 503: errorResponses[503] },
  }),
  async (c) => c.json(toUser(await currentUser(authOf(c).userId)), 200),
);

authApp.openapi(
  createRoute({
    method: 'delete',
    path: '/me',
    tags,
    summary: '注销账号并删除个人信息',
    security: bearerSecurity,
    responses: { 204: { description: '已注销' }, ...authErrorResponses, 503: errorResponses[503] },
  }),
  async (c) => {
    await service.deleteAccount(authOf(c).userId);
    return c.body(null, 204);
  },
);

authApp.openapi(
  createRoute({
    method: 'get',
    path: '/me/export',
    tags,
    summary: '导出我的个人信息',
    security: bearerSecurity,
    responses: {
      200: jsonResponse(personalDataExportSchema, '所持有的全部个人信息'),
      ...authErrorResponses,
      503: errorResponses[503],
    },
  }),
  async (c) => c.json(await service.exportData(authOf(c).userId), 200),
);

authApp.openapi(
  createRoute({
    method: 'put',
    path: '/users/{id}/roles',
    tags,
    summary: '设置用户角色（仅管理员）',
    security: bearerSecurity,
    request: {
      params: z.object({ id: idSchema('用户编号格式不正确') }),
      body: jsonBody(rolesUpdateSchema),
    },
    responses: {
      200: jsonResponse(userSchema, '更新后的用户'),
      ...errorResponses,
      ...authErrorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => {
    const { roles } = c.req.valid('json');
    return c.json(await service.setRoles(authOf(c).userId, c.req.valid('param').id, roles), 200);
  },
);
