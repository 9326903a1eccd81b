import { badgeDefinitions, evaluateBadges, type VisitFact } from './badges';

const visit = (n: number, venueId: string, district = '640202'): VisitFact => ({
  id: `c${String(n).padStart(2, '0')}`,
  venueId,
  district,
  checkedInAt: `2026-12-${String(n).padStart(2, '0')}T10:00:00+08:00`,
});

describe('badges as data', () => {
  it('has the four badges of the contract, each with a Chinese name', () => {
    expect(badgeDefinitions.map((b) => b.id)).toEqual([
      'first-visit',
      'five-venues',
      'all-districts',
      'ten-visits',
    ]);
    for (const badge of badgeDefinitions) expect(badge.name).toMatch(/[\u4e00-\u9fff]/);
  });

  it('earns nothing with no check-in and shows every badge as next', () => {
    const { earned, next } = evaluateBadges([]);
    expect(earned).toEqual([]);
    expect(next.map((n) => [n.id, n.progress, n.target])).toEqual([
      ['first-visit', 0, 1],
      ['five-venues', 0, 5],
      ['all-districts', 0, 3],
      ['ten-visits', 0, 10],
    ]);
  });

  it('earns each badge with the check-in that first meets its rule', () => {
    const visits = [
      visit(1, 'a'),
      visit(2, 'a'),
      visit(3, 'b', '640205'),
      visit(4, 'c'),
      visit(5, 'd'),
      visit(6, 'd'),
      visit(7, 'e'),
      visit(8, 'f', '640221'),
      visit(9, 'f', '640221'),
      visit(10, 'a'),
    ];
    const { earned, next } = evaluateBadges([...visits].reverse());
    expect(earned.map((b) => [b.id, b.checkinId])).toEqual([
      ['first-visit', 'c01'],
      ['five-venues', 'c07'],
      ['all-districts', 'c08'],
      ['ten-visits', 'c10'],
    ]);
    expect(earned[1]!.earnedAt).toBe(visits[6]!.checkedInAt);
    expect(next).toEqual([]);
  });

  it('counts different venues, not visits, for five-venues', () => {
    const visits = Array.from({ length: 9 }, (_, i) => visit(i + 1, i % 2 ? 'a' : 'b'));
    const { earned, next } = evaluateBadges(visits);
    expect(earned.map((b) => b.id)).toEqual(['first-visit']);
    expect(next.find((n) => n.id === 'five-venues')).toMatchObject({ progress: 2, target: 5 });
    expect(next.find((n) => n.id === 'ten-visits')).toMatchObject({ progress: 9, target: 10 });
    expect(next.find((n) => n.id === 'all-districts')).toMatchObject({ progress: 1, target: 3 });
  });
});
