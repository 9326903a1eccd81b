// How every workbook is answered and described: the xlsx type, and a file name a browser or
// WeChat saves under (an ASCII fallback for old clients, the Chinese name per RFC 5987).
import type { Context } from 'hono';
import * as z from '@szkc/shared/zod';
import type { AppEnv } from '../http/app';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const workbookResponse = (description: string) => ({
  description,
  content: { [xlsxType]: { schema: z.string() } },
});

export const workbookAnswer = (c: Context<AppEnv>, body: Buffer, asciiName: string, name: string) =>
  c.body(new Uint8Array(body), 200, {
    'content-type': xlsxType,
    'content-disposition': `attachment; filename="${asciiName}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`,
  });
