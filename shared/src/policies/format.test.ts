import { addDays, atLeastPercent, daysBetween, percentGap } from './arith';
import { ceilDiv, floorDiv, formatPercent, formatWan } from './format';

describe('formatWan', () => {
  it.each([
    [250_000, '25 万元'],
    [0, '0 万元'],
    [10_000, '1 万元'],
    [15_000, '1.5 万元'],
    [123_456_789, '12345.68 万元'],
    [200_000_000, '20000 万元'],
    [150, '0.02 万元'],
    [1, '0 万元'],
    [-100_000, '-10 万元'],
  ])('%d yuan -> %s', (yuan, text) => {
    expect(formatWan(yuan)).toBe(text);
  });

  it('rounds a gap up, so the amount to add is never understated', () => {
    expect(formatWan(1, 'ceil')).toBe('0.01 万元');
    expect(formatWan(200_000_001, 'ceil')).toBe('20000.01 万元');
    expect(formatWan(250_000, 'ceil')).toBe('25 万元');
  });

  it('shows a dash for what is not a number', () => {
    expect(formatWan(Number.NaN)).toBe('—');
  });
});

describe('formatPercent', () => {
  it.each([
    [45, 1000, '4.5%'],
    [5, 100, '5%'],
    [1, 3, '33.33%'],
    [2, 3, '66.66%'],
    [0, 10, '0%'],
    [17_999_999, 600_000_000, '2.99%'],
    [1e13, 1e13, '100%'],
    [3, 1, '300%'],
  ])('%d / %d -> %s (cut, never rounded up to a threshold)', (part, whole, text) => {
    expect(formatPercent(part, whole)).toBe(text);
  });

  it('shows a dash when the whole is zero', () => {
    expect(formatPercent(1, 0)).toBe('—');
  });
});

describe('integer helpers', () => {
  it('divides exactly at the limits of the money range', () => {
    expect(floorDiv(1e15 - 1, 1e13)).toBe(99);
    expect(floorDiv(1e15, 1e13)).toBe(100);
    expect(ceilDiv(1e15 + 1, 1e13)).toBe(101);
    expect(ceilDiv(100, 40)).toBe(3);
    expect(ceilDiv(0, 7)).toBe(0);
  });

  it('ends on numbers beyond safe integers (a random property run once hung CI on one)', () => {
    expect(floorDiv(1e20, 3)).toBe(Math.floor(1e20 / 3));
    expect(floorDiv(Number.MAX_VALUE, 1)).toBe(Number.MAX_VALUE);
    expect(formatPercent(1e20, 3)).toMatch(/%$/);
  });

  it('compares shares on integers: exactly on the threshold passes', () => {
    expect(atLeastPercent(10, 100, 10)).toBe(true);
    expect(atLeastPercent(9, 100, 10)).toBe(false);
    expect(atLeastPercent(2_880_000, 4_800_000, 60)).toBe(true);
    expect(atLeastPercent(2_879_999, 4_800_000, 60)).toBe(false);
    expect(atLeastPercent(0, 0, 10)).toBe(false);
  });

  it('computes the gap to a share, with and without the whole growing', () => {
    expect(percentGap(2_250_000, 50_000_000, 5, false)).toBe(250_000);
    expect(percentGap(19, 200, 10, true)).toBe(2);
    expect(percentGap(18_880_000, 32_000_000, 60, true)).toBe(800_000);
    expect(percentGap(30, 100, 10, true)).toBe(0);
  });

  it('counts calendar days across leap years', () => {
    expect(daysBetween('2025-06-30', '2026-06-30')).toBe(365);
    expect(daysBetween('2023-03-02', '2024-03-01')).toBe(365);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-07-01', '2026-06-30')).toBe(-1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-07-01', 365)).toBe('2026-07-01');
  });
});
