// Runs every golden case in tests/policies/*.yaml against the engine, the way the endpoint
// would: the profile goes through enterpriseProfileSchema first.
import { evaluateEligibility } from './engine';
import { goldenMismatches, type GoldenCase } from './golden';
import { policyIdValues } from './values';

// Provided by node. shared/ is compiled without Node types, and the loader lives outside this
// project, so it is imported by a path the compiler does not follow.
declare global {
  interface ImportMeta {
    dirname: string;
  }
}
const goldenDir = `${import.meta.dirname}/../../../tests/policies`;
const loader = `${goldenDir}/golden-cases.ts`;
const { loadGoldenCases } = (await import(/* @vite-ignore */ loader)) as {
  loadGoldenCases(dir?: string): GoldenCase[];
};
const cases = loadGoldenCases(goldenDir);

describe('golden policy cases', () => {
  it('has at least 12 cases for every policy', () => {
    for (const id of policyIdValues) {
      expect(cases.filter((c) => c.policy === id).length, id).toBeGreaterThanOrEqual(12);
    }
  });

  describe.each(policyIdValues.map((id) => [id, cases.filter((c) => c.policy === id)] as const))(
    '%s',
    (_id, own) => {
      it.each(own.map((c) => [c.name, c] as const))('%s', (_name, goldenCase) => {
        const response = evaluateEligibility(goldenCase.parsedProfile, goldenCase.asOf);
        expect(goldenMismatches(goldenCase, response)).toEqual([]);
      });
    },
  );
});
