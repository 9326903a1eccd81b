import { randomBytes } from 'node:crypto';
import { freePort } from '../../scripts/local/ports';
import { startStack } from '../../scripts/local/stack';
import { provide } from './provided';

export default async function setup() {
  const stack = await startStack({
    storePort: await freePort(),
    apiPort: await freePort(),
    lambdaPort: await freePort(),
    appPort: await freePort(),
    jwtSecret: randomBytes(32).toString('hex'),
    extraEnv: { POWERTOOLS_LOG_LEVEL: 'WARN' },
  });
  provide('stack', { apiUrl: stack.apiUrl, appUrl: stack.appUrl! });
  return () => stack.stop();
}
