import { checkPosterCode, checkScreenCode, posterCode, screenCode, stepOf } from './codes';

const venue = { id: '01KBSZKCVN0000000000000001', codeKeyVersion: 0 };
const other = { id: '01KBSZKCVN0000000000000002', codeKeyVersion: 0 };
const now = Date.UTC(2026, 11, 5, 2, 0, 10); // 10 s into a 30 s step

describe('rotating codes', () => {
  it('are valid in their step and the one before and after, expired when older', async () => {
    const { code, validUntilMs } = await screenCode(venue, now);
    expect(validUntilMs).toBe((stepOf(now) + 1) * 30_000);
    expect(await checkScreenCode(venue, code, now)).toBe('valid');
    expect(await checkScreenCode(venue, code, now + 30_000)).toBe('valid');
    expect(await checkScreenCode(venue, code, now - 30_000)).toBe('valid');
    expect(await checkScreenCode(venue, code, now + 60_000)).toBe('expired');
    expect(await checkScreenCode(venue, code, now - 60_000)).toBe('invalid');
  });

  it('change every step and differ between venues', async () => {
    const a = (await screenCode(venue, now)).code;
    expect((await screenCode(venue, now + 30_000)).code).not.toBe(a);
    expect((await screenCode(other, now)).code).not.toBe(a);
    expect(await checkScreenCode(other, a, now)).toBe('invalid');
  });

  it('refuse any altered character, a moved step, and junk', async () => {
    const code = (await screenCode(venue, now)).code;
    const [, step, mac] = code.split('.') as [string, string, string];
    for (let i = 0; i < mac.length; i++) {
      const altered = `SZV1.${step}.${mac.slice(0, i)}${mac[i] === 'A' ? 'B' : 'A'}${mac.slice(i + 1)}`;
      expect(await checkScreenCode(venue, altered, now)).toBe('invalid');
    }
    const moved = `SZV1.${(stepOf(now) - 5).toString(36)}.${mac}`;
    expect(await checkScreenCode(venue, moved, now)).toBe('invalid');
    for (const junk of ['', 'SZV1', 'SZV1..', 'SZV1.zzzzzzzzzzzzzz.x', `SZP1.${mac}`])
      expect(await checkScreenCode(venue, junk, now)).toBe('invalid');
  });
});

describe('printed codes', () => {
  it('are fixed per venue and key version; rotating the key revokes them', async () => {
    const code = await posterCode(venue);
    expect(await posterCode(venue)).toBe(code);
    expect(await checkPosterCode(venue, code)).toBe('valid');
    expect(await checkPosterCode(other, code)).toBe('invalid');
    const rotated = { ...venue, codeKeyVersion: 1 };
    expect(await checkPosterCode(rotated, code)).toBe('invalid');
    expect(await checkPosterCode(rotated, await posterCode(rotated))).toBe('valid');
    expect(await checkPosterCode(venue, `${code}x`)).toBe('invalid');
    expect(await checkPosterCode(venue, (await screenCode(venue, now)).code)).toBe('invalid');
  });
});
