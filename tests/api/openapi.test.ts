// GET /openapi.json describes every route, and a real OpenAPI validator accepts it.
import { Validator } from '@seriousme/openapi-schema-validator';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { client } from '../support/client';
import { declaredRoutes, repoRoot, startGateway } from '../support/gateway';
import { openApiFileText } from '../../functions/src/meta/document';

let gateway: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  gateway = await startGateway();
});
afterAll(() => gateway.close());

it('is the document the apps describe today (regenerate with `npm run openapi`)', async () => {
  const current = openApiFileText();
  const served = await client(gateway.url).call('GET', '/openapi.json');
  expect(served.body).toEqual(JSON.parse(current));
  const committed = readFileSync(path.join(repoRoot, 'functions/src/meta/openapi.json'), 'utf8');
  expect(committed === current, 'functions/src/meta/openapi.json is stale: run npm run openapi').toBe(true);
});

it('is a valid OpenAPI 3.1 document', async () => {
  const reply = await client(gateway.url).call('GET', '/openapi.json');
  expect(reply.status).toBe(200);
  const validator = new Validator();
  const result = await validator.validate(reply.body);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
});

it('describes every route serverless.yml declares, with the error shape', async () => {
  const doc = (await client(gateway.url).call('GET', '/openapi.json')).body;
  for (const route of declaredRoutes()) {
    const path = `/${route.segments.join('/')}`;
    expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
  }
  expect(doc.components.schemas.Error).toBeDefined();
  expect(doc.components.schemas.User).toBeDefined();
  for (const schema of ['Venue', 'VenueSummary', 'Checkin', 'Passport', 'Badge', 'VenueStats', 'VenueCode'])
    expect(doc.components.schemas[schema], schema).toBeDefined();
  expect(doc.paths['/me'].get.security).toEqual([{ bearerAuth: [] }]);
  for (const schema of ['StatsOverview', 'Indicator', 'IndicatorReport'])
    expect(doc.components.schemas[schema], schema).toBeDefined();
  expect(doc.paths['/stats/indicators/{id}'].put.responses['404']).toBeDefined();
});

it('describes the enterprise profile questions and the policy detail as the contract gives them', async () => {
  const { schemas } = (await client(gateway.url).call('GET', '/openapi.json')).body.components;
  const profile = schemas.EnterpriseProfile.properties;
  for (const field of [
    'nationalAward',
    'provincialRdInstitution',
    'ledStandard',
    'inFinancingDemandPool',
    'legalRepBadCredit',
    'paysTaxInShizuishan',
  ]) {
    expect(profile[field], field).toMatchObject({ type: 'boolean' });
  }
  expect(schemas.PolicySummary.properties.validFrom.type).toEqual(['string', 'null']);
  expect(schemas.PolicyDetail.properties.obligations).toBeDefined();
  expect(schemas.PolicyObligation.required).toEqual(
    expect.arrayContaining(['id', 'text', 'source', 'unverified']),
  );
});
