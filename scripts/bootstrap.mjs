// Installs what a fresh clone is missing, before anything that needs it runs. Plain Node on
// purpose: it must work before `npm ci` has installed TypeScript tooling.
//   node scripts/bootstrap.mjs                  npm packages
//   node scripts/bootstrap.mjs --with-chromium  and Debian's chromium plus CJK fonts (browser tests)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const step = (text) => console.log(`\n▶ ${text}`);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`需要 Node.js 20.19 或更高版本，当前为 ${process.versions.node}。`);
  process.exit(1);
}

const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`命令失败：${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
};

const installedLock = path.join(root, 'node_modules/.package-lock.json');
const lock = path.join(root, 'package-lock.json');
if (!existsSync(installedLock)) {
  step('安装 npm 依赖（npm ci，首次约 1 分钟）');
  run('npm', ['ci', '--no-audit', '--no-fund']);
} else if (statSync(lock).mtimeMs > statSync(installedLock).mtimeMs + 1000) {
  step('package-lock.json 有变化，更新 npm 依赖');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

if (process.argv.includes('--with-chromium')) {
  const fontsPresent = () =>
    spawnSync('sh', ['-c', 'fc-list :lang=zh | grep -q .'], { stdio: 'ignore' }).status === 0;
  if (!existsSync('/usr/bin/chromium') || !fontsPresent()) {
    step('安装 Debian 的 chromium 与中文字体（浏览器端到端测试需要）');
    const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
    const apt = (...args) => run(asRoot[0] ?? 'apt-get', asRoot.length ? ['apt-get', ...args] : args);
    apt('update');
    apt('install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei', 'fontconfig');
    execFileSync('/usr/bin/chromium', ['--version'], { stdio: 'inherit' });
  }
}
