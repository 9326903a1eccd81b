// Every Excel export, in a function of its own: exceljs is most of a bundle, and only these four
// routes need it. Each asks the capability that owns the data, under that capability's rules.
import { createRoute } from '@hono/zod-openapi';
import { idSchema, rankingQuerySchema, statsRangeSchema } from '@szkc/shared';
import * as z from '@szkc/shared/zod';
import { createApp } from '../http/app';
import { authOf, requireAuth } from '../http/auth';
import {
  authErrorResponses,
  bearerSecurity,
  conflictResponse,
  errorResponses,
  notFoundResponse,
} from '../http/openapi';
import * as contestReviews from '../contests/reviews.service';
import * as events from '../events/service';
import * as stats from '../stats/service';
import * as venues from '../venues/service';
import { workbookAnswer, workbookResponse } from './answer';
import { overviewWorkbook } from './plan-overview';
import { rankingWorkbook } from './ranking';
import { rosterWorkbook } from './roster';
import { venueStatsWorkbook } from './venue-stats';

const managed = { ...errorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse };

export const workbooksApp = createApp();

workbooksApp.use('/events/:id/registrations.xlsx', requireAuth);
workbooksApp.use('/contests/:id/ranking.xlsx', requireAuth);
workbooksApp.use('/stats/venues.xlsx', requireAuth);
workbooksApp.use('/stats/overview.xlsx', requireAuth);

workbooksApp.openapi(
  createRoute({
    method: 'get',
    path: '/events/{id}/registrations.xlsx',
    tags: ['科普活动'],
    summary: '导出报名名单 Excel（手机号脱敏）',
    security: bearerSecurity,
    request: { params: z.object({ id: idSchema('活动编号格式不正确') }) },
    responses: { 200: workbookResponse('Excel 工作簿'), ...managed },
  }),
  async (c) => {
    const { event, rows } = await events.rosterItems(c.req.valid('param').id, authOf(c).userId);
    return workbookAnswer(c, await rosterWorkbook(event, rows), 'roster', `${event.title}-报名名单`);
  },
);

workbooksApp.openapi(
  createRoute({
    method: 'get',
    path: '/contests/{id}/ranking.xlsx',
    tags: ['创新大赛'],
    summary: '导出评审排名 Excel',
    security: bearerSecurity,
    request: { params: z.object({ id: z.string().max(64) }), query: rankingQuerySchema },
    responses: { 200: workbookResponse('Excel 工作簿'), ...managed },
  }),
  async (c) => {
    const { contest, round, items } = await contestReviews.ranking(
      c.req.valid('param').id,
      authOf(c).userId,
      c.req.valid('query').round,
    );
    const body = await rankingWorkbook(contest, round, items);
    return workbookAnswer(c, body, 'ranking', `${contest.title}-评审排名`);
  },
);

workbooksApp.openapi(
  createRoute({
    method: 'get',
    path: '/stats/venues.xlsx',
    tags: ['科普场馆'],
    summary: '导出全部场馆打卡统计 Excel（管理员）',
    security: bearerSecurity,
    request: { query: statsRangeSchema },
    responses: { 200: workbookResponse('Excel 工作簿'), ...errorResponses, ...authErrorResponses },
  }),
  async (c) => {
    const range = c.req.valid('query');
    const body = await venueStatsWorkbook(range, await venues.allVenueFigures(authOf(c).userId, range));
    return workbookAnswer(c, body, 'venue-stats', `场馆打卡统计-${range.from}-${range.to}`);
  },
);

workbooksApp.openapi(
  createRoute({
    method: 'get',
    path: '/stats/overview.xlsx',
    tags: ['规划指标'],
    summary: '导出规划指标总览 Excel（管理员）',
    security: bearerSecurity,
    responses: {
      200: workbookResponse('Excel 工作簿：规划指标、平台统计、填报记录'),
      ...authErrorResponses,
      503: errorResponses[503],
    },
  }),
  async (c) => {
    const figures = await stats.statsOverview(authOf(c).userId);
    const body = await overviewWorkbook(figures);
    return workbookAnswer(c, body, 'plan-overview', `规划指标总览-${figures.asOf.slice(0, 10)}`);
  },
);
