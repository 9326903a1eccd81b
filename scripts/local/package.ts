// `serverless package --stage prod` into a folder of the caller's, offline and without
// credentials. It builds in a work folder of its own, so a running `npm start` keeps its bundles.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export function packageService(outDir: string): { ok: boolean; output: string } {
  const workFolder = `.esbuild-package-${process.pid}`;
  try {
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/serverless/bin/serverless.js'),
        'package',
        '--stage',
        'prod',
        '--package',
        outDir,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          ESBUILD_WORK_FOLDER: workFolder,
          AWS_ACCESS_KEY_ID: '',
          AWS_SECRET_ACCESS_KEY: '',
          AWS_PROFILE: 'none',
        },
      },
    );
    return { ok: result.status === 0, output: result.stdout + result.stderr };
  } finally {
    rmSync(path.join(root, workFolder), { recursive: true, force: true });
  }
}
