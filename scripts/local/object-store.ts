// An S3-compatible server on loopback (s3rver) standing in for S3: on disk under .data/ for
// `npm start`, in a temporary folder for tests. Its buckets come from serverless.yml's own
// AWS::S3::Bucket resources, so the local bucket can never drift from what a deploy creates.
// s3rver enforces neither the POST policy's content-length-range nor its signature (PITFALLS.md):
// locally only the function's check of the stored object refuses a lying upload.
import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';
import { readServerlessYml } from './tables';

export type RunningObjectStore = {
  endpoint: string;
  port: number;
  buckets: string[];
  stop: () => Promise<void>;
};

type BucketResource = {
  Type: string;
  Properties: {
    BucketName: string;
    CorsConfiguration?: {
      CorsRules: Array<{ AllowedMethods: string[]; AllowedHeaders?: string[]; MaxAge?: number }>;
    };
  };
};

/** The buckets of serverless.yml for a stage, names resolved, with their CORS rules as s3rver reads them. */
export function bucketDefinitions(stage: string) {
  const doc = readServerlessYml();
  const buckets = (doc.custom?.buckets ?? {}) as Record<string, string>;
  const resolve = (value: string) =>
    value
      .replace(/\$\{self:custom\.buckets\.(\w+)\}/g, (_, key: string) => buckets[key] ?? '')
      .replace(/\$\{sls:stage\}/g, stage);
  return Object.values(doc.resources.Resources as Record<string, BucketResource>)
    .filter((resource) => resource.Type === 'AWS::S3::Bucket')
    .map(({ Properties: p }) => {
      const name = resolve(p.BucketName);
      if (name.includes('${')) throw new Error(`unresolved bucket name ${name}`);
      // Locally the app is served from any loopback port, as the API's CORS allows for stage local.
      const rules = (p.CorsConfiguration?.CorsRules ?? []).map(
        (rule) =>
          '<CORSRule><AllowedOrigin>*</AllowedOrigin>' +
          rule.AllowedMethods.map((m) => `<AllowedMethod>${m}</AllowedMethod>`).join('') +
          (rule.AllowedHeaders ?? []).map((h) => `<AllowedHeader>${h}</AllowedHeader>`).join('') +
          (rule.MaxAge ? `<MaxAgeSeconds>${rule.MaxAge}</MaxAgeSeconds>` : '') +
          '</CORSRule>',
      );
      return {
        name,
        configs: rules.length ? [`<CORSConfiguration>${rules.join('')}</CORSConfiguration>`] : [],
      };
    });
}

/** The environment a function sees for these buckets: PLANS_BUCKET=szkc-<stage>-plans. */
export function bucketEnvironment(stage: string): Record<string, string> {
  const buckets = (readServerlessYml().custom?.buckets ?? {}) as Record<string, string>;
  return Object.fromEntries(
    Object.entries(buckets).map(([key, name]) => [
      `${key.toUpperCase()}_BUCKET`,
      name.replace(/\$\{sls:stage\}/g, stage),
    ]),
  );
}

export async function startObjectStore(options: {
  port: number;
  directory: string;
  stage: string;
}): Promise<RunningObjectStore> {
  mkdirSync(options.directory, { recursive: true });
  const buckets = bucketDefinitions(options.stage);
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    directory: options.directory,
    silent: true,
    configureBuckets: buckets,
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    buckets: buckets.map((b) => b.name),
    stop: () => server.close(),
  };
}
