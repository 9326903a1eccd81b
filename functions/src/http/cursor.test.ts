import { z } from '@szkc/shared';
import { DomainError } from '../errors';
import { decodeCursor, decodeStartKey, encodeCursor } from './cursor';

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

  it('gives back what it encoded, as an opaque url-safe string', () => {
    const cursor = encodeCursor({ after: 'tech-sme' })!;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, schema)).toEqual({ after: 'tech-sme' });
    expect(encodeCursor(undefined)).toBeNull();
  });

  it('refuses anything it did not issue with a 422 on the cursor', () => {
    for (const cursor of ['', 'bogus', encodeCursor({ after: 1 })!, encodeCursor({ after: 'x', more: 1 })!]) {
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
