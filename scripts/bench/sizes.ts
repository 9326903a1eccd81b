// Bundle sizes: each function's deployment zip, and the weapp main package against its budget.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWeapp, weappDir, weappSizes, weappSubpackageRoots } from '../local/miniapp-build';
import { packageService } from '../local/package';
import { budget } from './budget';
import { moduleInitTimes } from './init';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Each function's zip against its budget, and its module init (bench/init.ts). */
export function functionBundles(): string[] {
  const out = mkdtempSync(path.join(os.tmpdir(), 'szkc-bench-package-'));
  try {
    const result = packageService(out);
    if (!result.ok) throw new Error(`serverless package 失败：${result.output}`);
    const zips = readdirSync(out)
      .filter((file) => file.endsWith('.zip'))
      .sort()
      .map((file) => ({ name: file.replace('.zip', ''), bytes: statSync(path.join(out, file)).size }));
    const largest = zips.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const inits = moduleInitTimes(out);
    const slowest = inits.reduce((a, b) => (b.ownMs > a.ownMs ? b : a));
    return [
      ...zips.map(({ name, bytes }) => {
        const init = inits.find((i) => i.name === name)!;
        return (
          `${name.padEnd(14)} zip ${kb(bytes).padStart(9)}   模块初始化 ${init.ownMs.toFixed(0).padStart(4)} ms` +
          `（连同 AWS SDK ${init.withSdkMs.toFixed(0)} ms）`
        );
      }),
      budget(`最大的函数包（${largest.name}）`, largest.bytes / 1024, 250, { unit: ' KB' }),
      budget(`最慢的模块初始化（${slowest.name}，不含 AWS SDK）`, slowest.ownMs, 60, {
        unit: ' ms',
        digits: 0,
      }),
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The main package's budget (issue 10): WeChat allows 2048 KB, the first start must stay quick. */
export const weappMainBudgetKb = 700;

export function weappPackageSizes(): string[] {
  if (!existsSync(path.join(weappDir, 'app.json'))) buildWeapp();
  const roots = weappSubpackageRoots();
  const { main, total } = weappSizes(roots);
  return [
    `主包 ${kb(main)}（微信上限 2048 KB），全部 ${kb(total)}，分包 ${roots.length} 个`,
    budget('weapp 主包', main / 1024, weappMainBudgetKb, { unit: ' KB' }),
  ];
}
