// `npm run weapp:report`: what the WeChat main package is made of. Builds weapp with a module map
// (miniapp/config/module-map.ts), then lists the main package's files by size and, inside each
// large script, the modules by their minified bytes, one by one and by package.
//   npm run weapp:report              build, then report
//   npm run weapp:report -- --no-build  report on the last report build (miniapp/dist unchanged since)
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type Node } from 'acorn';
import { weappMainBudgetKb } from './bench/sizes';
import { buildWeapp, weappDir, weappFiles, weappSubpackageRoots } from './local/miniapp-build';
import { repoRoot } from './local/stack';

/** What miniapp/config/module-map.ts writes: per emitted file, its modules by id. */
interface MappedModule {
  id: string;
  name: string;
  parts: Array<{ name: string; size: number }>;
}
type ModuleMap = Record<string, MappedModule[]>;

const mapFile = path.join(repoRoot, '.test-output/weapp-modules.json');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
const top = Number(process.env.TOP ?? 15);

/** Scripts inside the main package worth opening: the shared chunks and anything this big. */
const largeScript = 20 * 1024;

if (!process.argv.includes('--no-build')) {
  mkdirSync(path.dirname(mapFile), { recursive: true });
  console.log('▶ 构建微信小程序包（附模块清单，约 1 分钟）');
  const ms = buildWeapp(undefined, { SZKC_WEAPP_MODULE_MAP: mapFile });
  console.log(`构建完成，用时 ${(ms / 1000).toFixed(1)} 秒`);
} else if (
  !existsSync(mapFile) ||
  statSync(mapFile).mtimeMs < statSync(path.join(weappDir, 'app.js')).mtimeMs
) {
  console.error('miniapp/dist 不是上次报告构建的输出，请去掉 --no-build 重新运行。');
  process.exit(1);
}

const moduleMap = JSON.parse(readFileSync(mapFile, 'utf8')) as ModuleMap;
const roots = weappSubpackageRoots();
const files = weappFiles(roots);
const sum = (list: Array<{ size: number }>) => list.reduce((bytes, f) => bytes + f.size, 0);
const main = files.filter((f) => f.root === null).sort((a, b) => b.size - a.size);

console.log(
  `\n主包 ${kb(sum(main)).trim()}（预算 ≤ ${weappMainBudgetKb} KB），全部 ${kb(sum(files)).trim()}`,
);
for (const root of roots) {
  console.log(`  分包 ${root.padEnd(22)} ${kb(sum(files.filter((f) => f.root === root)))}`);
}

console.log(`\n主包文件（前 ${top} 个）`);
for (const f of main.slice(0, top)) console.log(`${kb(f.size)}  ${f.file}`);
const rest = main.slice(top);
if (rest.length) console.log(`${kb(sum(rest))}  其余 ${rest.length} 个文件`);

/** Minified bytes of each module factory in an emitted chunk: `push([[ids], {id: function…}])`. */
function factorySizes(source: string): Map<string, number> {
  const sizes = new Map<string, number>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node & Record<string, unknown>;
    if (n.type === 'ObjectExpression') {
      const props = n.properties as Array<Node & { key?: Node & { value?: unknown }; value?: Node }>;
      const factories =
        props.length > 0 &&
        props.every(
          (p) =>
            p.type === 'Property' &&
            p.key?.type === 'Literal' &&
            (p.value?.type === 'FunctionExpression' || p.value?.type === 'ArrowFunctionExpression'),
        );
      if (factories) {
        for (const p of props) sizes.set(String(p.key!.value), p.end - p.start);
        return;
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type') visit(value);
  };
  visit(parse(source, { ecmaVersion: 'latest', sourceType: 'script' }));
  return sizes;
}

/** Where a module comes from: an npm package, or a folder of our own source. */
function origin(name: string): string {
  const parts = name.split('/');
  const nm = parts.lastIndexOf('node_modules');
  if (nm >= 0) return parts[nm + 1].startsWith('@') ? `${parts[nm + 1]}/${parts[nm + 2]}` : parts[nm + 1];
  const shared = name.indexOf('shared/src/');
  if (shared >= 0) return `shared/src/${name.slice(shared + 11).split('/')[0]}`;
  const src = name.indexOf('src/');
  if (src >= 0)
    return `miniapp/src/${name
      .slice(src + 4)
      .split('/')
      .slice(0, 2)
      .join('/')}`;
  return name;
}

for (const f of main.filter((file) => file.file.endsWith('.js') && file.size >= largeScript)) {
  const modules = new Map<string, MappedModule>((moduleMap[f.file] ?? []).map((m) => [m.id, m]));
  const sizes = factorySizes(readFileSync(path.join(weappDir, f.file), 'utf8'));
  const rows = [...sizes].map(([id, size]) => ({ id, size, module: modules.get(id) }));
  rows.sort((a, b) => b.size - a.size);
  const inFactories = sum(rows);
  console.log(`\n${f.file}：${kb(f.size).trim()}，其中模块 ${rows.length} 个共 ${kb(inFactories).trim()}`);
  for (const row of rows.slice(0, top)) {
    const merged =
      row.module && row.module.parts.length > 1 ? `（合并 ${row.module.parts.length} 个模块）` : '';
    console.log(`${kb(row.size)}  ${row.module?.name ?? `模块 ${row.id}（清单中没有）`}${merged}`);
  }
  // By package: a concatenated module's minified bytes are shared out by its parts' source sizes.
  const byOrigin = new Map<string, number>();
  for (const row of rows) {
    const parts = row.module?.parts ?? [{ name: `模块 ${row.id}`, size: 1 }];
    const whole = parts.reduce((bytes, p) => bytes + p.size, 0) || 1;
    for (const p of parts)
      byOrigin.set(origin(p.name), (byOrigin.get(origin(p.name)) ?? 0) + (row.size * p.size) / whole);
  }
  console.log('  按来源：');
  for (const [name, size] of [...byOrigin].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${kb(size)}  ${name}`);
  }
}
