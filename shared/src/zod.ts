// The one place zod is configured. Every schema in shared/ imports `z` from here, so the
// configuration runs before any schema is built (WeChat has no eval/new Function: jitless).
//
// Import it as a namespace, `import * as z from './zod'`, never `import { z }`: webpack keeps
// only the zod functions a namespace import calls, while `z.object()` on the named `z` marks all
// of zod used (every locale, the JIT compiler; PITFALLS.md), about 420 KB of the weapp package.
import * as z from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

z.config({ jitless: true, ...zhCN() });

export * from 'zod';
// `import { z } from '@szkc/shared'` for scripts and tests: the same namespace, all of zod. The
// functions' bundles import `* as z from '@szkc/shared/zod'`, so esbuild keeps only what they call.
export { z };
