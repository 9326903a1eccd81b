// Loads the golden policy cases (*.yaml next to this file) for any runner: the engine test in
// shared/ and the HTTP test against POST /policies/eligibility use the same cases and checks.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { goldenMismatches, resolveGoldenFile, type GoldenCase } from '../../shared/src/policies/golden';

export { goldenMismatches, type GoldenCase };

export const goldenCasesDir = dirname(fileURLToPath(import.meta.url));

/** Every case of every `*.yaml` here, files in name order, cases in file order. */
export function loadGoldenCases(dir: string = goldenCasesDir): GoldenCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) => resolveGoldenFile(parse(readFileSync(join(dir, file), 'utf8')), file));
}
