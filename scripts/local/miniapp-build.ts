// Builds of the mini-program: H5 for the local stack and tests, weapp for WeChat DevTools.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const miniapp = path.join(root, 'miniapp');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sourcesMtime = () =>
  Math.max(
    newestMtime(path.join(miniapp, 'src')),
    newestMtime(path.join(miniapp, 'config')),
    newestMtime(path.join(root, 'shared/src')),
  );

function taroBuild(type: 'h5' | 'weapp', env: Record<string, string>) {
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/@tarojs/cli/bin/taro'), 'build', '--type', type],
    {
      cwd: miniapp,
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`小程序 ${type} 构建失败`);
  }
  return Date.now() - started;
}

export const h5Dir = path.join(miniapp, 'dist-h5');
export const weappDir = path.join(miniapp, 'dist');

/** The H5 build for the local stack (dev login on), rebuilt only when a source is newer. */
export function ensureH5Build(log: (text: string) => void = () => {}, force = false): void {
  // Written only by this build: a plain `npm run build:h5` (no dev login) is not the stack's build.
  const stamp = path.join(h5Dir, '.local-stack-build');
  if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= sourcesMtime()) {
    log('H5 构建已是最新');
    return;
  }
  log('构建小程序 H5 版（首次约 1 分钟）');
  const ms = taroBuild('h5', { TARO_APP_DEV_LOGIN: '1' });
  writeFileSync(stamp, 'H5 build with dev login for the local stack and the browser tests\n');
  log(`H5 构建完成，用时 ${(ms / 1000).toFixed(1)} 秒`);
}

/** The WeChat package; `apiBase` is where the phone will call the API. */
export function buildWeapp(apiBase?: string, env: Record<string, string> = {}): number {
  return taroBuild('weapp', { ...env, ...(apiBase ? { TARO_APP_API_BASE: apiBase } : {}) });
}

/** The subpackage roots of the built weapp package (its app.json). */
export function weappSubpackageRoots(): string[] {
  const appJson = JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>;
    subpackages?: Array<{ root: string }>;
  };
  return (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''));
}

/** Every file WeChat uploads (source maps are not), with its subpackage root or null for the main package. */
export function weappFiles(
  subpackageRoots: string[] = [],
): Array<{ file: string; size: number; root: string | null }> {
  const files: Array<{ file: string; size: number; root: string | null }> = [];
  const walk = (dir: string, root: string | null) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const file = path.relative(weappDir, full).split(path.sep).join('/');
      const own = root ?? subpackageRoots.find((r) => file === r.replace(/\/$/, '')) ?? null;
      if (entry.isDirectory()) walk(full, own);
      else if (!entry.name.endsWith('.map')) files.push({ file, size: statSync(full).size, root: own });
    }
  };
  walk(weappDir, null);
  return files;
}

/** Bytes of the main package: everything in dist except subpackage roots and source maps. */
export function weappSizes(subpackageRoots: string[] = []): { main: number; total: number } {
  const files = weappFiles(subpackageRoots);
  const sum = (list: typeof files) => list.reduce((bytes, f) => bytes + f.size, 0);
  return { main: sum(files.filter((f) => f.root === null)), total: sum(files) };
}
