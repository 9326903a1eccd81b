// What a project's globalSetup hands to its test files (vitest's provide/inject). Jest runs
// globalSetup in its main process before it starts the workers, which inherit its environment, so
// the values travel as JSON in an environment variable.
export interface ProvidedContext {
  apiEnv: Record<string, string>;
  stack: { apiUrl: string; appUrl: string };
}

const variable = (key: keyof ProvidedContext) => `SZKC_TEST_PROVIDED_${key.toUpperCase()}`;

export function provide<K extends keyof ProvidedContext>(key: K, value: ProvidedContext[K]): void {
  process.env[variable(key)] = JSON.stringify(value);
}

export function inject<K extends keyof ProvidedContext>(key: K): ProvidedContext[K] {
  const value = process.env[variable(key)];
  if (value === undefined)
    throw new Error(`${variable(key)} is not set: run this file through its jest project`);
  return JSON.parse(value) as ProvidedContext[K];
}
