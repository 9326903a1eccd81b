// Module init of each function, as a Lambda cold start pays it: a fresh node imports the bundle
// from the deployment zip and counts the CPU time of the import alone (CPU, not wall time: the
// figure then holds on a busy machine too), the median of five cold processes. Twice:
// the bundle's own code (the budget: the AWS SDK packages it imports are loaded first, as the
// runtime provides them to every function alike), and the whole import with the SDK.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const runs = 5;

/** The AWS SDK packages a bundle imports at load (esbuild writes `from"@aws-sdk/…"`). */
const sdkImportsOf = (code: string) => [
  ...new Set([...code.matchAll(/from"(@aws-sdk\/[\w-]+)"/g)].map((m) => m[1]!)),
];

const coldImport = (file: string, preload: string[]) => {
  const script =
    preload.map((name) => `await import(${JSON.stringify(name)});`).join('') +
    `const t = process.cpuUsage(); await import(${JSON.stringify(pathToFileURL(file).href)}); const u = process.cpuUsage(t); process.stdout.write(String((u.user + u.system) / 1000));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    // A deployed stage's settings: nothing is read or called at import, whatever the stage. The
    // child runs in the unpacked folder (inside the repository), so the SDK resolves from there.
    cwd: path.dirname(file),
    env: {
      PATH: process.env.PATH,
      STAGE: 'prod',
      AWS_REGION: 'cn-northwest-1',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    },
  });
  if (result.status !== 0) throw new Error(`${path.basename(file)} 加载失败：${result.stderr.slice(0, 400)}`);
  return Number(result.stdout);
};

export type InitTimes = { name: string; ownMs: number; withSdkMs: number };

const median = (run: () => number) =>
  Array.from({ length: runs }, run).sort((a, b) => a - b)[Math.floor(runs / 2)]!;

export function moduleInitTimes(zipDir: string): InitTimes[] {
  // Inside the repository, so `@aws-sdk/*` (not bundled) resolves from its node_modules.
  const work = mkdtempSync(path.join(repoRoot, '.bench-init-'));
  try {
    return readdirSync(zipDir)
      .filter((file) => file.endsWith('.zip'))
      .sort()
      .map((file) => {
        const name = file.replace('.zip', '');
        let handler = '';
        for (const [entry, bytes] of Object.entries(unzipSync(readFileSync(path.join(zipDir, file))))) {
          if (entry.endsWith('/')) continue;
          const target = path.join(work, name, entry);
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, bytes);
          if (entry.endsWith('.mjs')) handler = target;
        }
        const sdk = sdkImportsOf(readFileSync(handler, 'utf8'));
        return {
          name,
          ownMs: median(() => coldImport(handler, sdk)),
          withSdkMs: median(() => coldImport(handler, [])),
        };
      });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
