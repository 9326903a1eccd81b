// Property-based checks of the engine over arbitrary profiles that the schema accepts.
import fc from 'fast-check';
import { isFieldPresent } from './criteria';
import { evaluateEligibility, isInForce } from './engine';
import { allPolicies, excludedIndustries } from './catalog';
import { certificationValues, profileFieldLabels } from './values';
import { eligibilityResponseSchema, enterpriseProfileSchema, type EnterpriseProfile } from './profile';
import { creditCodeAlphabet, withCheckCharacter } from './test-fixtures';

const boundaryMoney = [0, 1, 49_999_999, 50_000_000, 50_000_001, 199_999_999, 200_000_000, 200_000_001, 1e13];
const money = fc.oneof(
  fc.constantFrom(...boundaryMoney),
  fc.integer({ min: 0, max: 300_000_000 }),
  fc.integer({ min: 0, max: 1e13 }),
);
const people = fc.oneof(
  fc.constantFrom(0, 1, 10, 100, 500, 501),
  fc.integer({ min: 0, max: 2_000 }),
  fc.integer({ min: 0, max: 10_000_000 }),
);
const day = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

const creditCode = fc
  .array(fc.constantFrom(...creditCodeAlphabet), { minLength: 10, maxLength: 10 })
  .map((tail) => withCheckCharacter(`91640202${tail.join('').slice(0, 9)}`));

const industryCode = fc.oneof(
  fc.constantFrom(...Object.keys(excludedIndustries), 'C39', 'C15', 'I65', 'R88', 'M73'),
  fc
    .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRST'), fc.integer({ min: 0, max: 99 }))
    .map(([s, n]) => `${s}${String(n).padStart(2, '0')}`),
);

const profileArbitrary: fc.Arbitrary<EnterpriseProfile> = fc
  .record(
    {
      creditCode,
      name: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim().length > 0),
      regionCode: fc.oneof(
        fc.constantFrom('640202', '640205', '640221', '640100', '650102', '150302'),
        fc.stringMatching(/^\d{6}$/),
      ),
      establishedOn: day('1990-01-01', '2035-12-31'),
      isResidentEnterprise: fc.boolean(),
      employees: people,
      techStaff: people,
      revenueLastYear: money,
      revenue3Years: money,
      rdExpenseLastYear: money,
      rdExpense3Years: money,
      rdExpenseDomestic3Years: money,
      totalCostsLastYear: money,
      totalAssets: money,
      highTechRevenueLastYear: money,
      totalIncomeLastYear: money,
      ipClassI: fc.integer({ min: 0, max: 1_000_000 }),
      ipClassII: fc.integer({ min: 0, max: 1_000_000 }),
      hasCoreIp: fc.boolean(),
      inSupportedHighTechField: fc.boolean(),
      innovationScore: fc.integer({ min: 0, max: 100 }),
      seriousIncident: fc.boolean(),
      creditListed: fc.boolean(),
      restrictedIndustry: fc.boolean(),
      industryCode,
      taxCollection: fc.constantFrom('audit' as const, 'assessed' as const),
      certifications: fc.uniqueArray(fc.constantFrom(...certificationValues), { maxLength: 4 }),
      profitLastYear: fc.oneof(fc.constantFrom(-1, 0, 1), fc.integer({ min: -1e13, max: 1e13 })),
      nationalAward: fc.boolean(),
      provincialRdInstitution: fc.boolean(),
      ledStandard: fc.boolean(),
      inFinancingDemandPool: fc.boolean(),
      legalRepBadCredit: fc.boolean(),
      paysTaxInShizuishan: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  .map((profile) => {
    // A part never exceeds its whole (the schema's refinements).
    const p: EnterpriseProfile = { ...profile };
    if (p.techStaff !== undefined && p.employees !== undefined)
      p.techStaff = Math.min(p.techStaff, p.employees);
    if (p.rdExpenseDomestic3Years !== undefined && p.rdExpense3Years !== undefined) {
      p.rdExpenseDomestic3Years = Math.min(p.rdExpenseDomestic3Years, p.rdExpense3Years);
    }
    if (p.highTechRevenueLastYear !== undefined && p.totalIncomeLastYear !== undefined) {
      p.highTechRevenueLastYear = Math.min(p.highTechRevenueLastYear, p.totalIncomeLastYear);
    }
    return p;
  });

const asOfArbitrary = day('2014-01-01', '2035-12-31');
const numRuns = 400;

describe('policy engine properties', () => {
  it('generates only profiles the schema accepts', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        expect(enterpriseProfileSchema.safeParse(profile).error?.issues ?? []).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('never throws, answers in the API shape and keeps the verdict consistent with the criteria', () => {
    fc.assert(
      fc.property(profileArbitrary, asOfArbitrary, (input, asOf) => {
        const profile = enterpriseProfileSchema.parse(input);
        const response = evaluateEligibility(profile, asOf);
        eligibilityResponseSchema.parse(response);
        expect(response.results.map((r) => r.policyId)).toEqual(
          allPolicies.filter((p) => isInForce(p, asOf)).map((p) => p.id),
        );
        for (const result of response.results) {
          const outcomes = result.criteria.map((c) => c.outcome);
          const failing = outcomes.includes('fail');
          const open = outcomes.includes('unknown');
          if (result.verdict === 'eligible') expect(outcomes.every((o) => o === 'pass')).toBe(true);
          if (result.verdict === 'ineligible') expect(failing).toBe(true);
          if (result.verdict === 'incomplete') {
            expect(failing).toBe(false);
            expect(open).toBe(true);
            expect(result.missingFields.length).toBeGreaterThan(0);
            for (const field of result.missingFields)
              expect(isFieldPresent(profile, field), field).toBe(false);
          } else {
            expect(result.missingFields).toEqual([]);
          }
          expect(result.benefit === null).toBe(result.verdict === 'ineligible');
          for (const c of result.criteria) expect(c.detail.length).toBeGreaterThan(0);
          if (result.policyId === 'tech-sme' && result.score !== null) {
            expect(result.score).toBeGreaterThanOrEqual(0);
            expect(result.score).toBeLessThanOrEqual(100);
            expect(result.score % 2).toBe(0);
          }
          if (result.benefit?.estimateYuan != null)
            expect(Number.isSafeInteger(result.benefit.estimateYuan)).toBe(true);
        }
      }),
      { numRuns },
    );
  });

  it('never estimates more tax saved than the profit allows', () => {
    fc.assert(
      fc.property(profileArbitrary, asOfArbitrary, (input, asOf) => {
        const profile = enterpriseProfileSchema.parse(input);
        const profit = profile.profitLastYear;
        for (const result of evaluateEligibility(profile, asOf).results) {
          const estimate = result.benefit?.estimateYuan;
          if (estimate === null || estimate === undefined) continue;
          expect(estimate).toBeGreaterThanOrEqual(0);
          if (profit !== undefined && profit <= 0) expect(estimate, result.policyId).toBe(0);
          // 25% is the highest rate any estimate uses; rounding adds at most half a yuan.
          if (profit !== undefined && profit > 0)
            expect(estimate * 4, result.policyId).toBeLessThanOrEqual(profit + 2);
          if (profit === undefined)
            expect(result.benefit!.summary, result.policyId).toContain('假设企业有足够的应纳税所得额');
        }
      }),
      { numRuns },
    );
  });

  it('is deterministic and does not depend on the order of the fields', () => {
    fc.assert(
      fc.property(profileArbitrary, asOfArbitrary, (input, asOf) => {
        const profile = enterpriseProfileSchema.parse(input);
        const reversed = Object.fromEntries(Object.entries(profile).reverse()) as EnterpriseProfile;
        const first = evaluateEligibility(profile, asOf);
        expect(evaluateEligibility(profile, asOf)).toEqual(first);
        expect(evaluateEligibility(reversed, asOf)).toEqual(first);
        expect(
          JSON.stringify(evaluateEligibility(JSON.parse(JSON.stringify(profile)) as EnterpriseProfile, asOf)),
        ).toBe(JSON.stringify(first));
      }),
      { numRuns },
    );
  });

  it('settles an incomplete policy once its missing fields are filled in, never by failing what passed', () => {
    fc.assert(
      fc.property(profileArbitrary, profileArbitrary, asOfArbitrary, (partialInput, fillerInput, asOf) => {
        const partial = enterpriseProfileSchema.parse(partialInput);
        for (const result of evaluateEligibility(partial, asOf).results) {
          if (result.verdict !== 'incomplete') continue;
          const filled: Record<string, unknown> = { ...partial };
          for (const field of result.missingFields)
            filled[field] = (fillerInput as Record<string, unknown>)[field];
          const parsed = enterpriseProfileSchema.safeParse(filled);
          if (!parsed.success) continue; // the filler broke a part-of-whole rule
          const after = evaluateEligibility(parsed.data, asOf).results.find(
            (r) => r.policyId === result.policyId,
          )!;
          for (const before of result.criteria.filter((c) => c.outcome === 'pass')) {
            expect(after.criteria.find((c) => c.id === before.id)?.outcome, before.id).toBe('pass');
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not throw on values the schema would have rejected', () => {
    const fieldNames = Object.keys(profileFieldLabels);
    const junk = fc.dictionary(fc.constantFrom(...fieldNames), fc.anything({ withNullPrototype: true }), {
      maxKeys: 12,
    });
    fc.assert(
      fc.property(junk, asOfArbitrary, (profile, asOf) => {
        const response = evaluateEligibility(profile as EnterpriseProfile, asOf);
        for (const result of response.results) {
          if (result.verdict === 'incomplete') expect(result.missingFields.length).toBeGreaterThan(0);
          if (result.verdict === 'eligible')
            expect(result.criteria.every((c) => c.outcome === 'pass')).toBe(true);
        }
      }),
      { numRuns },
    );
  });
});
