// Creates the DynamoDB tables declared in serverless.yml's resources, from that same file, so the
// local store can never drift from what a deploy creates.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { localStoreClient } from './dynalite';
import YAML from 'yaml';

// The SDK warns on every start that it will need Node 22 from 2027; Lambda runs 22 already.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const root = path.resolve(import.meta.dirname, '../..');

// CloudFormation's short tags only matter to IAM resources here; keep them as plain values.
const cfnTags = ['!GetAtt', '!Sub', '!Ref'].map((tag) => ({ tag, resolve: (value: string) => value }));
const cfnSeqTags = ['!Join', '!GetAtt', '!Sub'].map((tag) => ({
  tag,
  collection: 'seq' as const,
  resolve: (value: unknown) => value,
}));

type TableResource = { Type: string; Properties: CreateTableCommandInput & Record<string, unknown> };

export const readServerlessYml = () =>
  YAML.parse(readFileSync(path.join(root, 'serverless.yml'), 'utf8'), {
    customTags: [...cfnTags, ...cfnSeqTags],
  });

/**
 * The CreateTable inputs of serverless.yml for a stage, variables resolved. TimeToLiveSpecification
 * is left out: dynalite has no TTL (the code never relies on it; see functions/src/limits).
 */
export function tableDefinitions(stage: string): CreateTableCommandInput[] {
  const doc = readServerlessYml();
  const custom = doc.custom as { tables: Record<string, string> };
  const resolve = (value: string) =>
    value
      .replace(/\$\{self:custom\.tables\.(\w+)\}/g, (_, key: string) => custom.tables[key] ?? '')
      .replace(/\$\{sls:stage\}/g, stage);
  const resources = Object.values(doc.resources.Resources as Record<string, TableResource>);
  return resources
    .filter((resource) => resource.Type === 'AWS::DynamoDB::Table')
    .map(({ Properties: p }) => {
      const name = resolve(resolve(String(p.TableName)));
      if (name.includes('${')) throw new Error(`unresolved table name ${name}`);
      return {
        TableName: name,
        BillingMode: p.BillingMode,
        AttributeDefinitions: p.AttributeDefinitions,
        KeySchema: p.KeySchema,
        GlobalSecondaryIndexes: p.GlobalSecondaryIndexes,
      };
    });
}

/** Creates each table that does not exist yet; returns the names created. */
export async function createTables(endpoint: string, stage: string): Promise<string[]> {
  const ddb = localStoreClient(endpoint);
  const existing = new Set((await ddb.listTables({})).TableNames ?? []);
  const created: string[] = [];
  for (const definition of tableDefinitions(stage)) {
    if (existing.has(definition.TableName!)) continue;
    await ddb.createTable(definition);
    created.push(definition.TableName!);
  }
  ddb.destroy();
  return created;
}

/** The environment a function sees for these tables: TABLE_<NAME>=szkc-<stage>-<name>. */
export function tableEnvironment(stage: string): Record<string, string> {
  const tables = readServerlessYml().custom.tables as Record<string, string>;
  return Object.fromEntries(
    Object.entries(tables).map(([key, name]) => [
      `TABLE_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`,
      name.replace(/\$\{sls:stage\}/g, stage),
    ]),
  );
}
