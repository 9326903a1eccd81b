// serverless-offline, in process, serving serverless.yml's functions as API Gateway would.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readServerlessYml } from './tables';

const root = path.resolve(import.meta.dirname, '../..');
const serverlessBin = path.join(root, 'node_modules/serverless/bin/serverless.js');
// Makes offline answer CORS as API Gateway does (never reflecting `Origin: null`).
const corsPreload = pathToFileURL(path.join(root, 'scripts/local/offline-cors.mjs')).href;

/** The H5 origins serverless.yml allows on a stage (custom.corsOrigins), as API Gateway reads them. */
function corsOriginsOf(stage: string): string[] {
  const origins = readServerlessYml().custom.corsOrigins as Record<string, string[]>;
  return origins[stage] ?? origins.default ?? [];
}

export type RunningApi = { url: string; stop: () => Promise<void>; process: ChildProcess };

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`serverless-offline 退出了（${child.exitCode}）：\n${output()}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`serverless-offline 在 ${timeoutMs / 1000} 秒内未就绪：\n${output()}`);
}

export async function startOffline(options: {
  port: number;
  lambdaPort: number;
  env: Record<string, string>;
  echo?: boolean;
}): Promise<RunningApi> {
  // Spawned with node itself, detached, so that stopping the group stops every process it made
  // (through npx the real process is orphaned and keeps the port).
  const child = spawn(
    process.execPath,
    [
      '--import',
      corsPreload,
      serverlessBin,
      'offline',
      'start',
      '--stage',
      'local',
      '--httpPort',
      String(options.port),
      '--lambdaPort',
      String(options.lambdaPort),
    ],
    {
      cwd: root,
      env: { ...process.env, ...options.env, SZKC_CORS_ORIGINS: JSON.stringify(corsOriginsOf('local')) },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (options.echo) process.stdout.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const url = `http://127.0.0.1:${options.port}`;
  const stop = () => stopGroup(child);
  try {
    await waitForHealth(url, child, 120_000, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, process: child };
}

export function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 3000).unref();
  });
}
