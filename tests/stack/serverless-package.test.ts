// `serverless package` works offline with no credentials and builds what a deploy needs.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { packageService } from '../../scripts/local/package';

const out = mkdtempSync(path.join(os.tmpdir(), 'szkc-package-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('packages every function for prod with tables, per-function roles and SSM secrets', () => {
  const result = packageService(out);
  expect(result.ok, result.output).toBe(true);
  const files = readdirSync(out);
  expect(files).toEqual(expect.arrayContaining(['auth.zip', 'meta.zip']));
  const template = JSON.parse(
    readFileSync(path.join(out, 'cloudformation-template-update-stack.json'), 'utf8'),
  );
  const resources = Object.values(template.Resources) as Array<{ Type: string; Properties: any }>;
  const functions = resources.filter((r) => r.Type === 'AWS::Lambda::Function');
  expect(functions.length).toBeGreaterThanOrEqual(2);
  for (const fn of functions) {
    expect(fn.Properties.Runtime).toBe('nodejs22.x');
    expect(fn.Properties.Environment.Variables.STAGE).toBe('prod');
    expect(fn.Properties.Environment.Variables.JWT_SECRET).toBeUndefined();
    expect(fn.Properties.Environment.Variables.DEV_LOGIN).toBeUndefined();
    expect(fn.Properties.Role).toBeDefined();
  }
  const tables = resources
    .filter((r) => r.Type === 'AWS::DynamoDB::Table')
    .map((r) => r.Properties.TableName);
  expect(tables).toContain('szkc-prod-users');
  expect(JSON.stringify(template)).toContain('/szkc/prod/jwt-secret');
  expect(JSON.stringify(template)).not.toMatch(/"dynamodb:\*"|"Action":\s*"\*"/);
}, 120_000);

it('packages route throttling, and a limits table whose counters expire by TTL', () => {
  const template = JSON.parse(
    readFileSync(path.join(out, 'cloudformation-template-update-stack.json'), 'utf8'),
  );
  const stage = template.Resources.HttpApiStage;
  expect(stage.Type).toBe('AWS::ApiGatewayV2::Stage');
  expect(stage.Properties.DefaultRouteSettings).toMatchObject({
    ThrottlingRateLimit: expect.any(Number),
    ThrottlingBurstLimit: expect.any(Number),
  });
  // Every throttled route is a route of the API; the public eligibility check has its own.
  const routeKeys = Object.values(template.Resources as Record<string, { Type: string; Properties: any }>)
    .filter((r) => r.Type === 'AWS::ApiGatewayV2::Route')
    .map((r) => r.Properties.RouteKey);
  const throttled = Object.keys(stage.Properties.RouteSettings);
  expect(throttled).toContain('POST /policies/eligibility');
  expect(throttled).toContain('POST /auth/login');
  for (const key of throttled) expect(routeKeys).toContain(key);
  for (const settings of Object.values(stage.Properties.RouteSettings) as any[])
    expect(settings.ThrottlingBurstLimit).toBeGreaterThanOrEqual(settings.ThrottlingRateLimit);

  const limits = template.Resources.LimitsTable;
  expect(limits.Properties.TableName).toBe('szkc-prod-limits');
  expect(limits.Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
  // The functions that limit a client may update a counter, and no more.
  for (const role of [
    'AuthFunctionRole',
    'EventsFunctionRole',
    'VenuesFunctionRole',
    'ContestsFunctionRole',
  ]) {
    const statements = template.Resources[role].Properties.Policies.flatMap(
      (p: any) => p.PolicyDocument.Statement,
    );
    const onLimits = statements.filter((st: any) => JSON.stringify(st.Resource).includes('LimitsTable'));
    expect(onLimits.map((st: any) => st.Action)).toEqual([['dynamodb:UpdateItem']]);
  }
});

it('bundles only the zod each function calls, with its Chinese messages (module init, issue 10)', () => {
  const zips = readdirSync(out).filter((file) => file.endsWith('.zip'));
  expect(zips.length).toBeGreaterThanOrEqual(2);
  for (const zip of zips) {
    const files = unzipSync(readFileSync(path.join(out, zip)));
    const code = Object.entries(files)
      .filter(([name]) => name.endsWith('.mjs'))
      .map(([, bytes]) => Buffer.from(bytes).toString('utf8'))
      .join('\n');
    // zod's JSON Schema import, which no function calls: there when a bundle holds all of zod
    // (`import { z }` in the functions, or @hono/zod-openapi's namespace, functions/esbuild.plugins.cjs).
    expect(code, zip).not.toContain('Circular reference not resolved');
    // zh-CN's 无效输入 (invalid input), as esbuild writes it: escaped.
    expect(code, zip).toContain('\\u65E0\\u6548\\u8F93\\u5165');
  }
});
