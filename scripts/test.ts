// `npm test`: type check, both mini-program builds (the weapp smoke test and the browser tests use
// them), then every jest project; ends with one line of counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildWeapp, ensureH5Build } from './local/miniapp-build';
import { repoRoot } from './local/stack';

const step = (text: string) => console.log(`\n▶ ${text}`);
const started = Date.now();

function run(label: string, command: string, args: string[], timeoutMinutes = 12) {
  step(label);
  // A hung step must fail the run in minutes, not hold CI until its own limit.
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    timeout: timeoutMinutes * 60_000,
    killSignal: 'SIGKILL',
  });
  if (result.error) console.error(`${label} 未在 ${timeoutMinutes} 分钟内结束，已停止。`);
  return result.status === 0;
}

// Checks that are not jest tests (type check, lint, a missing result file) count as failures too.
const failures: string[] = [];
const bin = (name: string) => path.join(repoRoot, 'node_modules/.bin', name);

if (!run('类型检查（tsc -b）', bin('tsc'), ['-b'])) failures.push('typecheck');
if (!run('代码检查（eslint）', bin('eslint'), ['.', '--max-warnings=0'])) failures.push('lint');

step('构建小程序 weapp 包（冒烟测试用）');
const weappMs = buildWeapp();
console.log(`weapp 构建用时 ${(weappMs / 1000).toFixed(1)} 秒`);
step('构建小程序 H5 版（浏览器测试用）');
ensureH5Build(console.log, true);

const outputDir = path.join(repoRoot, '.test-output');
mkdirSync(outputDir, { recursive: true });
const resultsFile = path.join(outputDir, 'jest.json');
rmSync(resultsFile, { force: true });
// Jest links ES modules through node's vm modules (see jest.config.mjs).
run('运行全部测试（jest）', process.execPath, [
  '--experimental-vm-modules',
  '--disable-warning=ExperimentalWarning',
  path.join(repoRoot, 'node_modules/jest/bin/jest.js'),
  '--json',
  `--outputFile=${resultsFile}`,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: Array<{ status: string; assertionResults: unknown[] }>;
  };
  passed = results.numPassedTests;
  // A file that failed before running any test (an import error, a failed hook) counts once.
  const brokenFiles = results.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  );
  failed = results.numFailedTests + brokenFiles.length;
  skipped = results.numPendingTests + results.numTodoTests;
} catch {
  failures.push('jest produced no results');
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n用时 ${seconds} 秒${failures.length ? `；未通过的检查：${failures.join('、')}` : ''}`);
// The plain closing line CI reads.
console.log(`${passed} passed, ${failed + failures.length} failed, ${skipped} skipped`);
process.exit(failed + failures.length > 0 ? 1 : 0);
