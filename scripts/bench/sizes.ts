// Bundle sizes: each function's deployment zip, and the weapp main package against its budget.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWeapp, weappDir, weappSizes, weappSubpackageRoots } from '../local/miniapp-build';
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

/** The main package's budget (issue 10): WeChat allows 2048 KB, the first start must stay quick. */
export const weappMainBudgetKb = 700;

export function weappPackageSizes(): string {
  if (!existsSync(path.join(weappDir, 'app.json'))) buildWeapp();
  const roots = weappSubpackageRoots();
  const { main, total } = weappSizes(roots);
  const over = main > weappMainBudgetKb * 1024 ? `，超出预算 ${kb(main - weappMainBudgetKb * 1024)}` : '';
  return `主包 ${kb(main)}（预算 ≤ ${weappMainBudgetKb} KB${over}；微信上限 2048 KB），全部 ${kb(total)}，分包 ${roots.length} 个`;
}
