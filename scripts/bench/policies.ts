// The policy engine alone, in-process: how many times per second all six policies are evaluated
// for one full, realistic profile (what the phone does on every keystroke), with and without the
// schema validation the endpoint adds in front of it.
import { enterpriseProfileSchema, evaluateEligibility } from '@szkc/shared';
import { qualifyingProfile } from '../../shared/src/policies/test-fixtures';

const asOf = '2026-06-30';

/** Runs `fn` for about `ms` milliseconds after a warm-up; calls per second and µs per call. */
function rate(fn: () => unknown, { warmUp = 20_000, ms = 1_500 } = {}) {
  let sink = 0;
  for (let i = 0; i < warmUp; i++) sink += fn() ? 1 : 0;
  let calls = 0;
  const started = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 1_000; i++) sink += fn() ? 1 : 0;
    calls += 1_000;
    elapsed = process.hrtime.bigint() - started;
  }
  if (sink === 0) throw new Error('the engine returned nothing');
  const seconds = Number(elapsed) / 1e9;
  return { perSecond: calls / seconds, microseconds: (seconds * 1e6) / calls };
}

export function measureEngine() {
  const results = evaluateEligibility(qualifyingProfile, asOf).results;
  if (results.length !== 6)
    throw new Error(`expected six policies in force on ${asOf}, got ${results.length}`);
  const engine = rate(() => evaluateEligibility(qualifyingProfile, asOf));
  const body = JSON.stringify({ profile: qualifyingProfile, asOf });
  const withSchema = rate(() =>
    evaluateEligibility(enterpriseProfileSchema.parse(JSON.parse(body).profile), asOf),
  );
  const line = (label: string, r: { perSecond: number; microseconds: number }) =>
    `${label.padEnd(28)} ${Math.round(r.perSecond).toLocaleString('en-US').padStart(9)} 次/秒   ${r.microseconds.toFixed(1).padStart(6)} µs/次`;
  return {
    body,
    engine,
    withSchema,
    lines: [
      line('六项政策评估（引擎）', engine),
      line('JSON 解析 + 校验 + 评估', withSchema),
      `（每次评估 ${results.reduce((n, r) => n + r.criteria.length, 0)} 项条件；结果：${results.map((r) => r.verdict).join('、')}）`,
    ],
  };
}
