// `serverless package` works offline with no credentials and builds what a deploy needs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../support/gateway';

const out = mkdtempSync(path.join(os.tmpdir(), 'szkc-package-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('packages every function for prod with tables, per-function roles and SSM secrets', () => {
  const result = spawnSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/serverless/bin/serverless.js'),
      'package',
      '--stage',
      'prod',
      '--package',
      out,
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: 'none' },
    },
  );
  expect(result.status, result.stdout + result.stderr).toBe(0);
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
