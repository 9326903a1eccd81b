// Builds of the mini-program: H5 for the local stack and tests, weapp for WeChat DevTools.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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
export function buildWeapp(apiBase?: string): number {
  return taroBuild('weapp', apiBase ? { TARO_APP_API_BASE: apiBase } : {});
}

/** Bytes of the main package: everything in dist except subpackage roots and source maps. */
export function weappSizes(subpackageRoots: string[] = []): { main: number; total: number } {
  let main = 0;
  let total = 0;
  const walk = (dir: string, inSub: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(weappDir, full);
      const sub = inSub || subpackageRoots.some((r) => relative === r.replace(/\/$/, ''));
      if (entry.isDirectory()) walk(full, sub);
      else if (!entry.name.endsWith('.map')) {
        const size = statSync(full).size;
        total += size;
        if (!sub) main += size;
      }
    }
  };
  walk(weappDir, false);
  return { main, total };
}
