import {
  formatShanghai,
  isCalendarDate,
  parseIsoInstant,
  shanghaiDate,
  toShanghaiIso,
  wholeYearsBetween,
} from './time';

describe('Asia/Shanghai time helpers', () => {
  it('writes instants with the +08:00 offset', () => {
    expect(toShanghaiIso(Date.UTC(2026, 11, 5, 1, 30))).toBe('2026-12-05T09:30:00+08:00');
    expect(toShanghaiIso(Date.UTC(2026, 11, 31, 16, 0))).toBe('2027-01-01T00:00:00+08:00');
  });

  it('gives the Shanghai calendar date, which changes at 16:00 UTC', () => {
    expect(shanghaiDate(Date.UTC(2026, 10, 27, 15, 59))).toBe('2026-11-27');
    expect(shanghaiDate(Date.UTC(2026, 10, 27, 16, 0))).toBe('2026-11-28');
  });

  it('parses ISO strings with any offset and refuses the rest', () => {
    expect(parseIsoInstant('2026-12-05T09:30:00+08:00')).toBe(Date.UTC(2026, 11, 5, 1, 30));
    expect(parseIsoInstant('2026-12-05T01:30:00Z')).toBe(Date.UTC(2026, 11, 5, 1, 30));
    expect(parseIsoInstant('2026-12-05T01:30:00.250-02:00')).toBe(Date.UTC(2026, 11, 5, 3, 30, 0, 250));
    for (const bad of [
      '2026-12-05T09:30:00',
      '2026-02-30T09:00:00+08:00',
      '2026-13-01T00:00:00Z',
      'tomorrow',
      '',
    ]) {
      expect(parseIsoInstant(bad), bad).toBeNull();
    }
  });

  it('round-trips', () => {
    const now = Date.UTC(2026, 5, 1, 12, 34, 56);
    expect(parseIsoInstant(toShanghaiIso(now))).toBe(now);
  });

  it('checks calendar dates and counts whole years like a birthday', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-2-1')).toBe(false);
    expect(wholeYearsBetween('2025-11-27', '2026-11-27')).toBe(1);
    expect(wholeYearsBetween('2025-11-28', '2026-11-27')).toBe(0);
  });

  it('formats for people in Chinese', () => {
    expect(formatShanghai('2026-12-05T09:30:00+08:00')).toBe('12月5日 周六 09:30');
    expect(formatShanghai(Date.UTC(2026, 11, 5, 1, 30), false)).toBe('12月5日 周六');
    expect(formatShanghai('not a date')).toBe('');
  });
});
