import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/local/ports';
import { startStack } from '../../scripts/local/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: { apiUrl: string; appUrl: string };
  }
}

export default async function setup(project: TestProject) {
  const stack = await startStack({
    storePort: await freePort(),
    apiPort: await freePort(),
    lambdaPort: await freePort(),
    appPort: await freePort(),
    jwtSecret: randomBytes(32).toString('hex'),
    extraEnv: { POWERTOOLS_LOG_LEVEL: 'WARN' },
  });
  project.provide('stack', { apiUrl: stack.apiUrl, appUrl: stack.appUrl! });
  return () => stack.stop();
}
