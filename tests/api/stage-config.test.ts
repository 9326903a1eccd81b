// Fail closed on the stage (issue 14, item 10): dev login, injected faults and secrets from the
// environment exist only on the allow-listed stages `local` and `test`. Each stage name runs in a
// process of its own, since settings are read when the modules load.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');
const probe = `
const config = await import('./functions/src/config.ts');
const { faultPlanFrom } = await import('./functions/src/events/faults.ts');
const secret = await config.jwtSecret().then((value) => value, (error) => 'refused: ' + error.message);
console.log(JSON.stringify({ devLogin: config.devLoginEnabled, fault: faultPlanFrom('after-hold') !== null, secret }));
`;

async function settingsOn(stage: string | undefined) {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    DEV_LOGIN: '1',
    FAULTS: '1',
    JWT_SECRET: 'from-the-environment',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  };
  if (stage !== undefined) env.STAGE = stage;
  const { stdout } = await promisify(execFile)(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--input-type=module', '-e', probe],
    { cwd: root, env },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!);
}

it('honours dev login, x-fault and JWT_SECRET on local and test only', async () => {
  for (const stage of ['local', 'test']) {
    expect({ stage, ...(await settingsOn(stage)) }).toEqual({
      stage,
      devLogin: true,
      fault: true,
      secret: 'from-the-environment',
    });
  }
  // Deployed names, look-alikes and no name at all: nothing, and the secret only from SSM (no
  // parameter name is set here, so it is refused before any call).
  for (const stage of ['production', 'prod', 'staging', 'Local', 'test ', 'dev', undefined]) {
    const settings = await settingsOn(stage);
    expect({ stage, devLogin: settings.devLogin, fault: settings.fault }).toEqual({
      stage,
      devLogin: false,
      fault: false,
    });
    expect(settings.secret).toBe('refused: missing setting JWT_SECRET_PARAM');
  }
}, 120_000);
