import { createRoute } from '@hono/zod-openapi';
import { indicatorIds, indicatorReportSchema, indicatorSchema, statsOverviewSchema } from '@szkc/shared';
import * as z from '@szkc/shared/zod';
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
} from '../http/openapi';
import * as service from './service';

const tags = ['规划指标'];
// An id that is not one of the fourteen names no indicator: the app answers 404 (API.md).
const indicatorParams = z.object({
  id: z.enum(indicatorIds as [string, ...string[]]).meta({ example: 'high-tech-enterprises' }),
});

export const statsApp = createApp();

statsApp.use('/stats/overview', requireAuth);
statsApp.use('/stats/indicators/*', requireAuth);

statsApp.openapi(
  createRoute({
    method: 'get',
    path: '/stats/overview',
    tags,
    summary: '规划指标总览（管理员）：十四项指标的基期、最新与 2025 目标，平台实时统计与图表数据',
    description:
      '指标按《石嘴山市科技创新"十四五"规划》专栏1 的顺序，其后为科技场馆与科普教育基地。' +
      '`latest` 为最新年份的最新填报值；科技场馆与科普教育基地取平台登记数（source: platform）。' +
      '`platform` 为平台自身的实时统计；`series` 为近 12 个月报名人数、近 12 周各区县打卡人次、各赛道报名数。' +
      '政策匹配只按天、政策与结果计数，不保存任何企业信息。',
    security: bearerSecurity,
    responses: {
      200: jsonResponse(statsOverviewSchema, '规划指标总览'),
      ...authErrorResponses,
      503: errorResponses[503],
    },
  }),
  async (c) => c.json(await service.statsOverview(authOf(c).userId), 200),
);

statsApp.openapi(
  createRoute({
    method: 'put',
    path: '/stats/indicators/{id}',
    tags,
    summary: '填报一项指标的年度数值（管理员）',
    description:
      '每次填报都另存一条记录（source: reported），不覆盖以前的填报；`latest` 取最新年份的最新一条。' +
      '年份不早于 2019 年、不晚于今年；数值不为负，百分比不超过 100，以“家”“个”计的须为整数。' +
      '科技场馆与科普教育基地由平台统计，填报返回 409 CONFLICT。返回这项指标（含全部填报记录）。',
    security: bearerSecurity,
    request: { params: indicatorParams, body: jsonBody(indicatorReportSchema) },
    responses: {
      200: jsonResponse(indicatorSchema, '填报后的指标'),
      ...errorResponses,
      ...authErrorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json(
      await service.reportIndicator(authOf(c).userId, c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
);
