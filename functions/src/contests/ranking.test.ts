import { entryScore, rankEntries, totalOf, weightedSum } from './ranking';

const rubric = [
  { id: 'innovation', label: '创新', weight: 40 },
  { id: 'market', label: '市场', weight: 35 },
  { id: 'team', label: '团队', weight: 25 },
];

describe('a total', () => {
  it('is Σ weight × score / 5 with two decimals', () => {
    expect(totalOf(weightedSum(rubric, { innovation: 5, market: 5, team: 5 }))).toBe(100);
    expect(totalOf(weightedSum(rubric, { innovation: 1, market: 1, team: 1 }))).toBe(20);
    // 40×4 + 35×3 + 25×2 = 315 -> 63
    expect(totalOf(weightedSum(rubric, { innovation: 4, market: 3, team: 2 }))).toBe(63);
    // 33×4 + 33×3 + 34×5 = 401 -> 80.2
    const odd = [
      { id: 'a', label: 'a', weight: 33 },
      { id: 'b', label: 'b', weight: 33 },
      { id: 'c', label: 'c', weight: 34 },
    ];
    expect(totalOf(weightedSum(odd, { a: 4, b: 3, c: 5 }))).toBe(80.2);
  });
});

describe('an entry score', () => {
  it('is the plain mean of four reviews', () => {
    // totals 20, 60, 80, 100 -> 65
    expect(entryScore([100, 300, 400, 500])).toBe(65);
  });

  it('drops the single highest and lowest from five reviews', () => {
    // totals 20, 60, 70, 80, 100 -> mean of 60, 70, 80 = 70 (untrimmed would be 66)
    expect(entryScore([100, 300, 350, 400, 500])).toBe(70);
    // two equal highest: only one is dropped. totals 60, 80, 100, 100, 100 -> 93.33
    expect(entryScore([300, 400, 500, 500, 500])).toBe(93.33);
  });

  it('rounds half up to two decimals, exactly', () => {
    // totals 63, 63.2, 63.4 -> 63.2; 63.2, 63.4 -> 63.3
    expect(entryScore([315, 316, 317])).toBe(63.2);
    expect(entryScore([316, 317])).toBe(63.3);
    // totals 20, 20, 20.2 -> 20.0666… -> 20.07
    expect(entryScore([100, 100, 101])).toBe(20.07);
  });

  it('is null without reviews', () => {
    expect(entryScore([])).toBeNull();
  });
});

describe('the ranking', () => {
  it('ranks per track, best first, ties sharing a rank, unscored last', () => {
    const ranked = rankEntries(
      [
        { entryId: 'e1', projectName: '甲', trackId: 'b', groupId: null, weightedSums: [400] },
        { entryId: 'e2', projectName: '乙', trackId: 'a', groupId: null, weightedSums: [300] },
        { entryId: 'e3', projectName: '丙', trackId: 'a', groupId: null, weightedSums: [500] },
        { entryId: 'e4', projectName: '丁', trackId: 'a', groupId: null, weightedSums: [300] },
        { entryId: 'e5', projectName: '戊', trackId: 'a', groupId: null, weightedSums: [] },
      ],
      ['a', 'b'],
    );
    expect(ranked.map((r) => [r.entryId, r.rank, r.score])).toEqual([
      ['e3', 1, 100],
      ['e4', 2, 60],
      ['e2', 2, 60],
      ['e5', null, null],
      ['e1', 1, 80],
    ]);
  });
});
