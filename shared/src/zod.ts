// The one place zod is configured. Every schema in shared/ imports `z` from here, so the
// configuration runs before any schema is built (WeChat has no eval/new Function: jitless).
import * as z from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

z.config({ jitless: true, ...zhCN() });

export { z };
