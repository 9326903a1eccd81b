import { jest } from '@jest/globals';
import { allPolicies } from './catalog';
import { fail, pass, splitCitation, unknown } from './criteria';
import {
  evaluateEligibility,
  evaluatePolicy,
  findPolicy,
  isInForce,
  toPolicyDetail,
  toPolicySummary,
} from './engine';
import { policyIdValues, profileFieldLabels, type Outcome } from './values';
import {
  eligibilityResponseSchema,
  policyDetailSchema,
  policySummarySchema,
  type ProfileField,
} from './profile';
import { qualifyingProfile } from './test-fixtures';
import type { Criterion, Policy } from './types';

const fixed = (
  id: string,
  outcome: Outcome,
  fields: ProfileField[] = [],
  missing?: ProfileField[],
): Criterion => ({
  id,
  label: id,
  description: id,
  fields,
  evaluate: () =>
    outcome === 'pass' ? pass('好') : outcome === 'fail' ? fail('不好') : unknown('不知道', missing),
});

const fakePolicy = (criteria: Criterion[], extra: Partial<Policy> = {}): Policy => ({
  id: 'innovation-voucher',
  name: '测试政策',
  category: 'voucher',
  level: 'city',
  issuer: '测试',
  summary: '测试',
  validFrom: '2020-01-01',
  validTo: null,
  sources: [],
  verified: false,
  criteria,
  obligations: [],
  application: {
    channel: { text: '渠道', source: null, unverified: '未核实' },
    timing: { text: '时间', source: null, unverified: '未核实' },
    materials: { text: '材料', source: null, unverified: '未核实' },
    office: { text: '部门', source: null, unverified: '未核实' },
  },
  benefit: () => ({ summary: '好处', estimateYuan: 1 }),
  ...extra,
});

afterEach(() => {
  jest.useRealTimers();
});

describe('evaluateEligibility', () => {
  it('answers with the API shape, every policy in catalogue order', () => {
    const response = evaluateEligibility(qualifyingProfile, '2026-06-30');
    expect(eligibilityResponseSchema.parse(response)).toEqual(response);
    expect(response.results.map((r) => r.policyId)).toEqual([...policyIdValues]);
    expect(response.results.map((r) => r.verdict)).toEqual(Array(6).fill('eligible'));
    const byId = Object.fromEntries(response.results.map((r) => [r.policyId, r]));
    expect(byId['tech-sme']?.score).toBe(86);
    expect(byId['high-tech-enterprise']?.benefit?.estimateYuan).toBe(400_000);
    expect(byId['rd-super-deduction']?.benefit?.estimateYuan).toBe(750_000);
    for (const result of response.results) {
      expect(Object.keys(result).sort()).toEqual(
        [
          'benefit',
          'criteria',
          'missingFields',
          'name',
          'policyId',
          'score',
          'scoreAdvice',
          'verdict',
        ].sort(),
      );
      for (const criterion of result.criteria)
        expect(Object.keys(criterion).sort()).toEqual(['detail', 'id', 'label', 'outcome']);
    }
  });

  it('defaults asOf to today in Asia/Shanghai', () => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date('2026-12-31T16:30:00Z')); // 2027-01-01 00:30 in 石嘴山
    expect(evaluateEligibility({}).asOf).toBe('2027-01-01');
  });

  it('refuses an asOf that is not a calendar date', () => {
    expect(() => evaluateEligibility({}, '2026-02-30')).toThrow(RangeError);
  });

  it('names the source document in every criterion detail, whatever the data', () => {
    for (const profile of [qualifyingProfile, {}]) {
      for (const result of evaluateEligibility(profile, '2026-06-30').results) {
        for (const criterion of result.criteria) expect(criterion.detail, criterion.id).toMatch(/依据《/);
      }
    }
  });

  it('asks for every field of an empty profile, policy by policy', () => {
    const response = evaluateEligibility({}, '2026-06-30');
    for (const result of response.results) {
      expect(result.verdict).toBe('incomplete');
      const policy = findPolicy(result.policyId)!;
      const fields = [...new Set(policy.criteria.flatMap((c) => c.fields))];
      expect([...result.missingFields].sort()).toEqual(fields.sort());
      expect(result.benefit).not.toBeNull();
    }
  });

  it('evaluates all six for one profile well under a millisecond', () => {
    const runs = 5_000;
    const started = Date.now();
    for (let i = 0; i < runs; i++) evaluateEligibility(qualifyingProfile, '2026-06-30');
    const perEvaluation = (Date.now() - started) / runs;
    expect(perEvaluation).toBeLessThan(0.5);
  });
});

describe('verdicts', () => {
  const run = (criteria: Criterion[], profile = {}) =>
    evaluatePolicy(fakePolicy(criteria), profile, '2026-06-30');

  it('is eligible when every criterion passes', () => {
    const result = run([fixed('a', 'pass'), fixed('b', 'pass')]);
    expect(result.verdict).toBe('eligible');
    expect(result.missingFields).toEqual([]);
    expect(result.benefit).toEqual({ summary: '好处', estimateYuan: 1 });
  });

  it('is ineligible when any criterion fails, unknowns notwithstanding, and then has no benefit', () => {
    const result = run([fixed('a', 'unknown', ['employees']), fixed('b', 'fail')]);
    expect(result.verdict).toBe('ineligible');
    expect(result.missingFields).toEqual([]);
    expect(result.benefit).toBeNull();
  });

  it('is incomplete when nothing fails and something is unknown, with the missing fields in order, once', () => {
    const result = run([
      fixed('a', 'unknown', ['techStaff', 'employees']),
      fixed('b', 'pass'),
      fixed('c', 'unknown', ['employees', 'regionCode']),
    ]);
    expect(result.verdict).toBe('incomplete');
    expect(result.missingFields).toEqual(['techStaff', 'employees', 'regionCode']);
  });

  it('lists only the fields that are actually missing', () => {
    const result = run([fixed('a', 'unknown', ['techStaff', 'employees'])], { employees: 10 });
    expect(result.missingFields).toEqual(['techStaff']);
  });

  it('prefers the fields a criterion says would settle it', () => {
    const result = run([fixed('a', 'unknown', ['techStaff', 'employees'], ['employees'])]);
    expect(result.missingFields).toEqual(['employees']);
  });

  it('never leaves an incomplete verdict without fields to ask for', () => {
    const result = run([fixed('a', 'unknown', ['employees'])], { employees: 10 });
    expect(result.missingFields).toEqual(['employees']);
  });
});

describe('validity', () => {
  const dated = fakePolicy([fixed('a', 'pass')], { validFrom: '2024-01-01', validTo: '2025-12-31' });

  it('applies a policy from its first to its last day, both included', () => {
    expect(isInForce(dated, '2023-12-31')).toBe(false);
    expect(isInForce(dated, '2024-01-01')).toBe(true);
    expect(isInForce(dated, '2025-12-31')).toBe(true);
    expect(isInForce(dated, '2026-01-01')).toBe(false);
    expect(evaluateEligibility({}, '2026-01-01', [dated]).results).toEqual([]);
    expect(evaluateEligibility({}, '2025-12-31', [dated]).results).toHaveLength(1);
  });

  it('leaves out 科技型中小企业评价 before 115号 was issued on 2017-05-03', () => {
    const ids = (asOf: string) => evaluateEligibility({}, asOf).results.map((r) => r.policyId);
    expect(ids('2017-05-02')).not.toContain('tech-sme');
    expect(ids('2017-05-03')).toContain('tech-sme');
  });

  it('evaluates a policy whose first day is unconfirmed (null) on every day', () => {
    const undated = fakePolicy([fixed('a', 'pass')], { validFrom: null });
    expect(isInForce(undated, '1990-01-01')).toBe(true);
    const ids = evaluateEligibility({}, '2000-01-01').results.map((r) => r.policyId);
    expect(ids).toEqual(['innovation-voucher', 'ningkedai', 'shizuishan-tech-loan']);
  });
});

describe('catalogue', () => {
  it('has the six policies of API.md, each with unique criterion ids over real profile fields', () => {
    expect(allPolicies.map((p) => p.id)).toEqual([...policyIdValues]);
    for (const policy of allPolicies) {
      const ids = policy.criteria.map((c) => c.id);
      expect(new Set(ids).size, policy.id).toBe(ids.length);
      for (const criterion of policy.criteria) {
        expect(criterion.fields.length, criterion.id).toBeGreaterThan(0);
        for (const field of criterion.fields) expect(profileFieldLabels).toHaveProperty(field);
      }
    }
  });

  it('marks as verified only the policies whose parameters were checked', () => {
    const verified = Object.fromEntries(allPolicies.map((p) => [p.id, p.verified]));
    expect(verified).toEqual({
      'high-tech-enterprise': true,
      'tech-sme': true,
      'rd-super-deduction': true,
      'innovation-voucher': false,
      ningkedai: false,
      'shizuishan-tech-loan': false,
    });
  });

  it('tells people to check the office’s latest text for unverified policies, and invents no amounts', () => {
    const asOf = '2026-06-30';
    for (const policy of allPolicies.filter((p) => !p.verified)) {
      expect(policy.summary).toContain('以主管部门最新文件为准');
      const benefit = policy.benefit(qualifyingProfile, { asOf });
      expect(benefit.summary).toContain('以主管部门最新文件为准');
      expect(benefit.estimateYuan).toBeNull();
      expect(`${policy.summary}${benefit.summary}`).not.toMatch(/\d+\s*(万|亿)?元/);
    }
  });

  it('gives the list item and the detail page in their API shapes', () => {
    for (const policy of allPolicies) {
      const summary = toPolicySummary(policy);
      expect(policySummarySchema.parse(summary)).toEqual(summary);
      const detail = toPolicyDetail(policy);
      expect(policyDetailSchema.parse(detail)).toEqual(detail);
      expect(detail.criteria.map((c) => c.id)).toEqual(policy.criteria.map((c) => c.id));
      expect(policy.sources.length).toBeGreaterThan(0);
    }
    expect(findPolicy('nope')).toBeUndefined();
  });

  it('tells how to apply, each part with its source or marked unverified, and never a made-up phone', () => {
    for (const policy of allPolicies) {
      const parts = Object.values(toPolicyDetail(policy).application);
      expect(parts).toHaveLength(4);
      for (const part of parts) {
        expect(part.text.length).toBeGreaterThan(0);
        expect(part.source !== null || part.unverified !== null).toBe(true);
        // Unconfirmed parts say so to the person, not only in a flag.
        if (part.source === null) expect(part.text).toMatch(/未核实|核对/);
        // The only number given is the national tax hotline 12366.
        expect(part.text.replace('12366', '')).not.toMatch(/\d{5,}|\d{3,4}-\d{7,8}/);
      }
      if (!policy.verified) for (const part of parts) expect(part.unverified).not.toBeNull();
    }
  });

  it('splits every detail into what was found and the document it cites', () => {
    const { results } = evaluateEligibility({}, '2026-06-30');
    for (const criterion of results.flatMap((r) => r.criteria)) {
      const { finding, source } = splitCitation(criterion.detail);
      expect(source).toMatch(/^《/);
      expect(`${finding}（依据${source}）`).toBe(criterion.detail);
    }
    expect(splitCitation('没有依据的句子')).toEqual({ finding: '没有依据的句子', source: null });
  });
});
