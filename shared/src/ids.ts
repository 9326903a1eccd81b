// Every id the platform makes is a ULID: 26 characters of Crockford's base 32.
import * as z from './zod';

export const idPattern = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** Whether a value from outside can be one of our ids at all. */
export const isId = (value: string) => idPattern.test(value);

/** An id field; `message` says which id it is when the format is wrong. */
export const idSchema = (message = '编号格式不正确') => z.string().regex(idPattern, message);
