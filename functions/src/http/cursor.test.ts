import * as z from '@szkc/shared/zod';
import { DomainError } from '../errors';
import { decodeCursor, decodeStartKey, encodeCursor, loadCursorKey } from './cursor';

beforeAll(async () => {
  process.env.JWT_SECRET ??= 'cursor-unit-test-secret';
  await loadCursorKey();
});

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('not refused');
};

describe('cursor codec', () => {
  const schema = z.strictObject({ after: z.string() });

  it('gives back what it encoded, as an opaque url-safe string that shows none of it', () => {
    const cursor = encodeCursor({ after: 'tech-sme' })!;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(cursor, 'base64url').toString('latin1')).not.toContain('tech-sme');
    expect(decodeCursor(cursor, schema)).toEqual({ after: 'tech-sme' });
    expect(encodeCursor(undefined)).toBeNull();
  });

  it('refuses anything it did not issue with a 422 on the cursor', () => {
    const genuine = encodeCursor({ after: 'x' })!;
    const flipped = `${genuine.slice(0, 20)}${genuine[20] === 'A' ? 'B' : 'A'}${genuine.slice(21)}`;
    const unsealed = Buffer.from(JSON.stringify({ after: 'x' })).toString('base64url');
    for (const cursor of [
      '',
      'bogus',
      'a.b',
      flipped,
      unsealed,
      genuine.slice(0, -2),
      encodeCursor({ after: 1 })!,
      encodeCursor({ after: 'x', more: 1 })!,
    ]) {
      const error = refusal(() => decodeCursor(cursor, schema));
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { issues: [{ path: 'cursor', message: expect.stringMatching(/[\u4e00-\u9fa5]/) }] },
      });
    }
  });

  it('takes a start key only from the list it was read from', () => {
    const key = { pk: 'p', sk: 's', gsi2pk: 'USER#a', gsi2sk: 'x' };
    const cursor = encodeCursor(key)!;
    expect(decodeStartKey(cursor, 'gsi2', { gsi2pk: 'USER#a' })).toEqual(key);
    expect(decodeStartKey(undefined, 'gsi2', { gsi2pk: 'USER#a' })).toBeUndefined();
    expect(decodeStartKey('', 'gsi2', { gsi2pk: 'USER#a' })).toBeUndefined();
    for (const [index, partition] of [
      ['gsi2', { gsi2pk: 'USER#b' }],
      ['gsi2', { gsi2pk: 'USER#' }],
      ['gsi1', { gsi1pk: 'USER#a' }],
    ] as const) {
      expect(refusal(() => decodeStartKey(cursor, index, partition))).toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    }
  });
});
