// The API's OpenAPI document, built from every capability's routes. Only `npm run openapi` and
// its test import this: the meta function serves the file it writes.
import { authApp } from '../auth/routes';
import { contestsApp } from '../contests/routes';
import { eventsApp } from '../events/routes';
import { createApp } from '../http/app';
import { policiesApp } from '../policies/routes';
import { statsApp } from '../stats/routes';
import { venuesApp } from '../venues/routes';
import { workbooksApp } from '../workbooks/routes';
import { metaApp } from './routes';

export function buildOpenApiDocument() {
  const documented = createApp();
  for (const app of [
    authApp,
    eventsApp,
    policiesApp,
    venuesApp,
    contestsApp,
    statsApp,
    workbooksApp,
    metaApp,
  ])
    documented.route('/', app);
  return documented.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: '石嘴山科创 API',
      version: '1.0.0',
      description: '石嘴山市科学技术局 科普活动、场馆打卡、创新大赛与企业政策匹配服务接口',
    },
    servers: [{ url: '/' }],
  });
}

/** The file as `npm run openapi` writes it (and the test compares it). */
export const openApiFileText = () => `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
