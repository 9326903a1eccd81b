// zod as a namespace import, so the phone ships only what it calls (shared/src/zod.ts).
import * as z from 'zod';
import { loginResponseSchema, userSchema } from '@szkc/shared';
import { request } from './client';

export const login = (code: string) =>
  request('POST', '/auth/login', { body: { code }, schema: loginResponseSchema });

export const fetchMe = () => request('GET', '/me', { schema: userSchema });

export const deleteMe = () => request('DELETE', '/me');

// The export grows as capabilities add data: keep whatever the server sends.
export const exportMyData = () => request('GET', '/me/export', { schema: z.record(z.string(), z.unknown()) });
