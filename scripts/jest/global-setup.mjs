// Jest runs globalSetup in its main process, outside its ES-module sandbox, and compiles TypeScript
// there to CommonJS, in which `import.meta` (scripts/local, seeds) does not exist. So a project's
// globalSetup is a small .mjs that loads the TypeScript setup with tsx, as `npm start` runs
// scripts. The teardown the setup returns runs in global-teardown.mjs.
import { tsImport } from 'tsx/esm/api';

const teardowns = Symbol.for('szkc.jest.teardowns');

/** @param {URL} setupModule a .ts module whose default export starts things and returns their teardown */
export function globalSetup(setupModule) {
  return async () => {
    const { default: setup } = await tsImport(setupModule.href, import.meta.url);
    const teardown = await setup();
    /** @type {any} */ (globalThis)[teardowns] ??= [];
    /** @type {any} */ (globalThis)[teardowns].push(teardown);
  };
}

/** Runs every teardown registered so far, last first. */
export async function runTeardowns() {
  const registered = /** @type {any} */ (globalThis)[teardowns] ?? [];
  while (registered.length) await registered.pop()?.();
}
