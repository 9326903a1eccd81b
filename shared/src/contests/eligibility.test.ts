import { evaluateCriteria } from '../policies/engine';
import { ruleCriteria } from '../policies/rule-criteria';
import { evaluateGroup } from './eligibility';

const group = {
  id: 'startup',
  name: '初创组',
  source: '《第十三届中国创新创业大赛参赛须知》',
  rules: {
    registeredOnOrAfter: '2025-01-01',
    revenueMaxYuan: 200_000_000,
    requiredCertifications: ['tech-sme' as const],
  },
};

describe('a group check', () => {
  it('is the policy engine over the rules, citing the group source', () => {
    const result = evaluateGroup(
      group,
      { establishedOn: '2025-01-01', revenueLastYear: 200_000_000, certifications: ['tech-sme'] },
      '2026-06-30',
    );
    expect(result.verdict).toBe('eligible');
    expect(result.criteria.map((c) => c.id)).toEqual([
      'registered-on-or-after',
      'revenue-max',
      'required-certifications',
    ]);
    for (const c of result.criteria) expect(c.detail).toContain('依据《第十三届中国创新创业大赛参赛须知》');
    const direct = evaluateCriteria(ruleCriteria(group.rules, group.source), {}, '2026-06-30');
    expect(direct.verdict).toBe('incomplete');
    expect(direct.missingFields).toEqual(['establishedOn', 'revenueLastYear', 'certifications']);
  });

  it('fails on the day before the bound, a yuan over the cap, a missing certification', () => {
    const result = evaluateGroup(
      group,
      { establishedOn: '2024-12-31', revenueLastYear: 200_000_001, certifications: [] },
      '2026-06-30',
    );
    expect(result.verdict).toBe('ineligible');
    expect(result.criteria.map((c) => c.outcome)).toEqual(['fail', 'fail', 'fail']);
    expect(result.missingFields).toEqual([]);
  });

  it('passes every profile when a group has no rules', () => {
    expect(evaluateGroup({ id: 'open', name: '不限', rules: {} }, {}, '2026-06-30').verdict).toBe('eligible');
  });
});
