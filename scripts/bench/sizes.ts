// Bundle sizes: each function's deployment zip, and the weapp main package against WeChat's 2 MB.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWeapp, weappDir, weappSizes } from '../local/miniapp-build';
import { packageService } from '../local/package';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function functionBundleSizes(): string[] {
  const out = mkdtempSync(path.join(os.tmpdir(), 'szkc-bench-package-'));
  try {
    const result = packageService(out);
    if (!result.ok) throw new Error(`serverless package 失败：${result.output}`);
    return readdirSync(out)
      .filter((file) => file.endsWith('.zip'))
      .sort()
      .map((file) => `${file.replace('.zip', '').padEnd(12)} zip ${kb(statSync(path.join(out, file)).size)}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function weappPackageSizes(): string {
  if (!existsSync(path.join(weappDir, 'app.json'))) buildWeapp();
  const appJson = JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>;
    subpackages?: Array<{ root: string }>;
  };
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root);
  const { main, total } = weappSizes(roots);
  return `主包 ${kb(main)}（上限 2048 KB，占 ${((main / (2048 * 1024)) * 100).toFixed(1)}%），全部 ${kb(total)}，分包 ${roots.length} 个`;
}
