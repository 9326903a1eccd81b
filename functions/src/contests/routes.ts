import { createRoute } from '@hono/zod-openapi';
import {
  contestCreateSchema,
  contestEligibilityResponseSchema,
  contestPatchSchema,
  contestSchema,
  contestSummarySchema,
  eligibilityRequestSchema,
  entryCreateSchema,
  entryPatchSchema,
  entrySchema,
  joinRequestSchema,
  myEntrySchema,
  myReviewSchema,
  advanceRequestSchema,
  rankingQuerySchema,
  rankingSchema,
  reviewerSchema,
  reviewersPutSchema,
  scoreRequestSchema,
  scoreSchema,
  planConfirmSchema,
  planDownloadSchema,
  planUploadRequestSchema,
  planUploadSchema,
  listOf,
  listQuerySchema,
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
import * as entriesService from './entries.service';
import * as plansService from './plans.service';
import * as reviewsService from './reviews.service';
import { toContest } from './views';
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

// Entries ------------------------------------------------------------------------------------

const entryParams = z.object({ id: z.string().max(64), entryId: z.string().max(64) });
const memberParams = entryParams.extend({ userId: z.string().max(64) });

contestsApp.use('/contests/:id/entries', requireAuth);
contestsApp.use('/contests/:id/entries/*', requireAuth);
contestsApp.use('/contests/:id/join', requireAuth);

contestsApp.openapi(
  createRoute({
    method: 'post',
    path: '/contests/{id}/entries',
    tags,
    summary: '报名参赛（创建项目，本人为队长，附 7 天有效的邀请码）',
    description:
      '同一大赛每人只能参加一个项目（409 ALREADY_ENTERED，details.entryId）；填写企业信息时校验组别条件（422 NOT_ELIGIBLE）。',
    security: bearerSecurity,
    request: { params: contestParams, body: jsonBody(entryCreateSchema) },
    responses: { 201: jsonResponse(entrySchema, '新建的参赛项目'), ...managed },
  }),
  async (c) =>
    c.json(
      await entriesService.createEntry(c.req.valid('param').id, authOf(c).userId, c.req.valid('json')),
      201,
    ),
);

contestsApp.openapi(
  createRoute({
    method: 'get',
    path: '/contests/{id}/entries',
    tags,
    summary: '大赛的全部参赛项目（该大赛组织者、管理员）',
    security: bearerSecurity,
    request: { params: contestParams },
    responses: { 200: jsonResponse(listOf(entrySchema), '参赛项目'), ...managed },
  }),
  async (c) => c.json(await entriesService.contestEntries(c.req.valid('param').id, authOf(c).userId), 200),
);

contestsApp.openapi(
  createRoute({
    method: 'get',
    path: '/me/entries',
    tags,
    summary: '我的参赛项目',
    security: bearerSecurity,
    responses: { 200: jsonResponse(listOf(myEntrySchema), '我的参赛项目'), ...authErrorResponses },
  }),
  async (c) => c.json(await entriesService.myEntries(authOf(c).userId), 200),
);

contestsApp.openapi(
  createRoute({
    method: 'get',
    path: '/contests/{id}/entries/{entryId}',
    tags,
    summary: '参赛项目详情（团队成员、该大赛组织者、管理员）',
    security: bearerSecurity,
    request: { params: entryParams },
    responses: { 200: jsonResponse(entrySchema, '参赛项目'), ...managed },
  }),
  async (c) => {
    const { id, entryId } = c.req.valid('param');
    return c.json(await entriesService.entryDetail(id, entryId, authOf(c).userId), 200);
  },
);

contestsApp.openapi(
  createRoute({
    method: 'patch',
    path: '/contests/{id}/entries/{entryId}',
    tags,
    summary: '修改参赛项目（团队成员；须带上读到的 version，已被队友修改时 409 VERSION_CONFLICT）',
    security: bearerSecurity,
    request: { params: entryParams, body: jsonBody(entryPatchSchema) },
    responses: {
      200: jsonResponse(entrySchema, '修改后的项目（version + 1）'),
      ...managed,
      ...rateLimitedResponse,
    },
  }),
  async (c) => {
    const { id, entryId } = c.req.valid('param');
    return c.json(await entriesService.patchEntry(id, entryId, authOf(c).userId, c.req.valid('json')), 200);
  },
);

contestsApp.openapi(
  createRoute({
    method: 'post',
    path: '/contests/{id}/join',
    tags,
    summary: '凭邀请码加入团队',
    security: bearerSecurity,
    request: { params: contestParams, body: jsonBody(joinRequestSchema) },
    responses: { 200: jsonResponse(entrySchema, '加入后的项目'), ...managed },
  }),
  async (c) =>
    c.json(
      await entriesService.join(c.req.valid('param').id, authOf(c).userId, c.req.valid('json').joinCode),
      200,
    ),
);

contestsApp.openapi(
  createRoute({
    method: 'post',
    path: '/contests/{id}/entries/{entryId}/join-code',
    tags,
    summary: '重新生成邀请码（队长；旧码立即失效，新码 7 天有效）',
    security: bearerSecurity,
    request: { params: entryParams },
    responses: { 200: jsonResponse(entrySchema, '带新邀请码的项目'), ...managed },
  }),
  async (c) => {
    const { id, entryId } = c.req.valid('param');
    return c.json(await entriesService.renewJoinCode(id, entryId, authOf(c).userId), 200);
  },
);

contestsApp.openapi(
  createRoute({
    method: 'delete',
    path: '/contests/{id}/entries/{entryId}/members/{userId}',
    tags,
    summary: '移除队员（队长），或本人退出（队长不能退出）',
    security: bearerSecurity,
    request: { params: memberParams },
    responses: { 200: jsonResponse(entrySchema, '移除后的项目'), ...managed },
  }),
  async (c) => {
    const { id, entryId, userId } = c.req.valid('param');
    return c.json(await entriesService.removeMember(id, entryId, authOf(c).userId, userId), 200);
  },
);

for (const [action, summary] of [
  ['submit', '提交项目（队长；缺少材料时 422 ENTRY_INCOMPLETE，details.missing）'],
  ['withdraw', '撤回项目（队长，报名截止前）'],
] as const) {
  contestsApp.openapi(
    createRoute({
      method: 'post',
      path: `/contests/{id}/entries/{entryId}/${action}`,
      tags,
      summary,
      security: bearerSecurity,
      request: { params: entryParams },
      responses: { 200: jsonResponse(entrySchema, '操作后的项目'), ...managed },
    }),
    async (c) => {
      const { id, entryId } = c.req.valid('param');
      const run = action === 'submit' ? entriesService.submit : entriesService.withdraw;
      return c.json(await run(id, entryId, authOf(c).userId), 200);
    },
  );
}

// Plans ----------------------------------------------------------------------------------------

contestsApp.openapi(
  createRoute({
    method: 'post',
    path: '/contests/{id}/entries/{entryId}/plan/upload',
    tags,
    summary: '申请上传商业计划书（团队成员）：返回直传对象存储的预签名 POST',
    description:
      '把 `fields` 与文件（字段名 `file`）一起以 multipart/form-data 提交到 `url`，再调用 POST …/plan 确认。只接受 PDF、PPTX，20 MB 以内。',
    security: bearerSecurity,
    request: { params: entryParams, body: jsonBody(planUploadRequestSchema) },
    responses: { 200: jsonResponse(planUploadSchema, '预签名上传表单'), ...managed },
  }),
  async (c) => {
    const { id, entryId } = c.req.valid('param');
    return c.json(await plansService.requestUpload(id, entryId, authOf(c).userId, c.req.valid('json')), 200);
  },
);

contestsApp.openapi(
  createRoute({
    method: 'post',
    path: '/contests/{id}/entries/{entryId}/plan',
    tags,
    summary:
      '确认已上传的商业计划书（服务器读回文件核对大小、类型与 sha256；不合格 422 INVALID_FILE 并删除）',
    security: bearerSecurity,
    request: { params: entryParams, body: jsonBody(planConfirmSchema) },
    responses: { 200: jsonResponse(entrySchema, '带计划书的项目'), ...managed },
  }),
  async (c) => {
    const { id, entryId } = c.req.valid('param');
    return c.json(
      await plansService.confirmPlan(id, entryId, authOf(c).userId, c.req.valid('json').key),
      200,
    );
  },
);

contestsApp.openapi(
  createRoute({
    method: 'get',
    path: '/contests/{id}/entries/{entryId}/plan',
    tags,
    summary: '下载商业计划书（团队成员、该赛道评审专家、大赛组织者、管理员）：10 分钟有效的预签名地址',
    security: bearerSecurity,
    request: { params: entryParams },
    responses: { 200: jsonResponse(planDownloadSchema, '下载地址'), ...managed },
  }),
  async (c) => {
    const { id, entryId } = c.req.valid('param');
    return c.json(await plansService.planDownload(id, entryId, authOf(c).userId), 200);
  },
);

// Review -----------------------------------------------------------------------------------------

// A round number that is not one is a path naming nothing: 404, as for ids.
const roundParams = contestParams.extend({ n: z.string().max(64) });
const roundNumber = (n: string) => (/^[1-9]\d?$/.test(n) ? Number(n) : 0);

contestsApp.use('/contests/:id/reviewers', requireAuth);
contestsApp.use('/contests/:id/ranking', requireAuth);
contestsApp.use('/contests/:id/rounds/*', requireAuth);

contestsApp.openapi(
  createRoute({
    method: 'put',
    path: '/contests/{id}/reviewers',
    tags,
    summary: '设置评审专家及其赛道、所在单位（替换原有分配；该大赛组织者、管理员）',
    security: bearerSecurity,
    request: { params: contestParams, body: jsonBody(reviewersPutSchema) },
    responses: { 200: jsonResponse(listOf(reviewerSchema), '评审专家与进度'), ...managed },
  }),
  async (c) =>
    c.json(
      await reviewsService.putReviewers(c.req.valid('param').id, authOf(c).userId, c.req.valid('json')),
      200,
    ),
);

contestsApp.openapi(
  createRoute({
    method: 'get',
    path: '/contests/{id}/reviewers',
    tags,
    summary: '评审专家与评分进度（该大赛组织者、管理员）',
    security: bearerSecurity,
    request: { params: contestParams },
    responses: { 200: jsonResponse(listOf(reviewerSchema), '评审专家与进度'), ...managed },
  }),
  async (c) => c.json(await reviewsService.listReviewers(c.req.valid('param').id, authOf(c).userId), 200),
);

contestsApp.openapi(
  createRoute({
    method: 'get',
    path: '/me/reviews',
    tags,
    summary: '我的评审任务（评审专家；需回避的项目不列出，不含成员姓名）',
    security: bearerSecurity,
    responses: { 200: jsonResponse(listOf(myReviewSchema), '评审任务'), ...authErrorResponses },
  }),
  async (c) => c.json(await reviewsService.myReviews(authOf(c).userId), 200),
);

contestsApp.openapi(
  createRoute({
    method: 'put',
    path: '/contests/{id}/entries/{entryId}/scores/me',
    tags,
    summary: '提交或修改我的评分（该赛道评审专家；总分 = Σ 权重 × 分数 / 5）',
    security: bearerSecurity,
    request: { params: entryParams, body: jsonBody(scoreRequestSchema) },
    responses: { 200: jsonResponse(scoreSchema, '我的评分'), ...managed },
  }),
  async (c) => {
    const { id, entryId } = c.req.valid('param');
    return c.json(await reviewsService.putMyScore(id, entryId, authOf(c).userId, c.req.valid('json')), 200);
  },
);

const rankingRequest = { params: contestParams, query: rankingQuerySchema };

contestsApp.openapi(
  createRoute({
    method: 'get',
    path: '/contests/{id}/ranking',
    tags,
    summary: '评审排名（按赛道；5 位及以上评审去掉一个最高分和一个最低分；该大赛组织者、管理员）',
    security: bearerSecurity,
    request: rankingRequest,
    responses: { 200: jsonResponse(rankingSchema, '排名'), ...managed },
  }),
  async (c) => {
    const { round, items } = await reviewsService.ranking(
      c.req.valid('param').id,
      authOf(c).userId,
      c.req.valid('query').round,
    );
    return c.json({ round, items }, 200);
  },
);

contestsApp.openapi(
  createRoute({
    method: 'post',
    path: '/contests/{id}/rounds/{n}/close',
    tags,
    summary: '结束一轮评审（之后不能再评分；该大赛组织者、管理员）',
    security: bearerSecurity,
    request: { params: roundParams },
    responses: { 200: jsonResponse(contestSchema, '操作后的大赛'), ...managed },
  }),
  async (c) => {
    const { id, n } = c.req.valid('param');
    return c.json(toContest(await reviewsService.closeRound(id, authOf(c).userId, roundNumber(n))), 200);
  },
);

contestsApp.openapi(
  createRoute({
    method: 'post',
    path: '/contests/{id}/rounds/{n}/advance',
    tags,
    summary: '确定晋级项目（本轮已结束；所列项目晋级，本轮其余项目未晋级）',
    security: bearerSecurity,
    request: { params: roundParams, body: jsonBody(advanceRequestSchema) },
    responses: { 200: jsonResponse(listOf(entrySchema), '本轮全部项目'), ...managed },
  }),
  async (c) => {
    const { id, n } = c.req.valid('param');
    return c.json(
      await reviewsService.advance(id, authOf(c).userId, roundNumber(n), c.req.valid('json').entryIds),
      200,
    );
  },
);
