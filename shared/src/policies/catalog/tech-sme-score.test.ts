import { evaluateEligibility } from '../engine';
import type { EnterpriseProfile } from '../profile';
import { techSmeScore, techSmeScoreAdvice } from './tech-sme-score';

// 科技人员 10% -> 4, 研发费用占销售收入 3% -> 20, 1 件Ⅰ类 -> 30: 54 分.
const scored54: EnterpriseProfile = {
  employees: 100,
  techStaff: 10,
  revenueLastYear: 50_000_000,
  rdExpenseLastYear: 1_500_000,
  totalCostsLastYear: 40_000_000,
  ipClassI: 1,
  ipClassII: 0,
};

describe('科小 score advice (评价指标, next band of each indicator)', () => {
  it('names each indicator below its maximum, the points of its next band and what it takes', () => {
    expect(techSmeScore(scored54)?.total).toBe(54);
    expect(techSmeScoreAdvice(scored54)).toEqual([
      {
        indicator: 'techStaff',
        label: '科技人员',
        points: 4,
        nextPoints: 8,
        // 16 of 106 is 15.09%; 15 of 105 would be 14.28%.
        change: expect.stringMatching(/从 10% 提高到 15%：再增加 6 名科技人员/),
      },
      {
        indicator: 'rd',
        label: '研发投入',
        points: 20,
        nextPoints: 30,
        // 4% of 5000 万元 sales is 200 万元: 50 万元 more (the costs ratio, 3.75%, is far below 20%).
        change: '研发费用占销售收入从 3% 提高到 4%：最近一年研发费用再增加约 50 万元',
      },
    ]);
  });

  it('takes the cheaper R&D ratio, counting new R&D spending into total costs', () => {
    // Sales 1 亿: 1% -> 0; costs 1000 万: 9% -> 0. 10% of costs needs ceil((1000-900)/0.9) 万元.
    const advice = techSmeScoreAdvice({
      ...scored54,
      revenueLastYear: 100_000_000,
      totalCostsLastYear: 10_000_000,
      rdExpenseLastYear: 900_000,
    });
    expect(advice.find((a) => a.indicator === 'rd')).toEqual({
      indicator: 'rd',
      label: '研发投入',
      points: 0,
      nextPoints: 10,
      change: '研发费用占成本费用总额从 9% 提高到 10%：最近一年研发费用再增加约 11.12 万元',
    });
  });

  it('offers one more Ⅱ类 (6 points) or a first Ⅰ类 (30 points) for 科技成果', () => {
    const advice = techSmeScoreAdvice({ ...scored54, ipClassI: 0, ipClassII: 2 });
    expect(advice.find((a) => a.indicator === 'ip')).toMatchObject({
      points: 12,
      nextPoints: 18,
      change: expect.stringMatching(/再取得 1 件Ⅱ类知识产权（现有 2 件）.*直接得 30 分/),
    });
    expect(
      techSmeScoreAdvice({ ...scored54, ipClassI: 0, ipClassII: 7 }).find((a) => a.indicator === 'ip'),
    ).toMatchObject({ points: 24, nextPoints: 30 });
  });

  it('advises on 科技人员 when it scores 0, even with 60 points or more', () => {
    const profile = { ...scored54, techStaff: 9, rdExpenseLastYear: 3_000_000 };
    expect(techSmeScore(profile)).toMatchObject({ techStaff: 0, total: 80 });
    expect(techSmeScoreAdvice(profile)[0]).toMatchObject({
      indicator: 'techStaff',
      points: 0,
      nextPoints: 4,
      change: expect.stringMatching(/再增加 2 名科技人员/),
    });
  });

  it('says nothing for a passing score or one that cannot be computed yet', () => {
    expect(techSmeScoreAdvice({ ...scored54, techStaff: 30 })).toEqual([]);
    expect(techSmeScoreAdvice({ employees: 100, techStaff: 10 })).toEqual([]);
  });

  it('comes with the tech-sme result of POST /policies/eligibility, and only there', () => {
    const { results } = evaluateEligibility(scored54, '2026-06-30');
    const techSme = results.find((r) => r.policyId === 'tech-sme')!;
    expect(techSme.score).toBe(54);
    expect(techSme.scoreAdvice.map((a) => a.indicator)).toEqual(['techStaff', 'rd']);
    for (const other of results.filter((r) => r.policyId !== 'tech-sme'))
      expect(other.scoreAdvice).toEqual([]);
  });
});
