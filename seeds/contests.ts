// The bureau's two contests, open for signup around the seed date, organised by the seeded
// organiser: 石嘴山市创新创业大赛 in the plan's 六新 tracks with 初创组/成长组, and a 发明创新大赛.
// Loaded through the contests repository, so keys and shapes match; idempotent (fixed ids).
import { contestCreateSchema, parseIsoInstant, shanghaiDate, toShanghaiIso } from '@szkc/shared';

export const seedContestIds = {
  startup: '01KCSZS2026STARTVP00000001',
  invention: '01KCSZS2026NVENTN000000002',
} as const;

const day = 24 * 3600 * 1000;
const at = (daysFromNow: number, time: string, now: number) =>
  toShanghaiIso(parseIsoInstant(`${shanghaiDate(now + daysFromNow * day)}T${time}:00+08:00`)!);

/**
 * 初创组/成长组 follow the public rules of 中国创新创业大赛, 《第十三届中国创新创业大赛参赛须知》
 * (2024), 二、参赛条件: an enterprise registered in mainland China, 营业收入 of the last year not
 * over 2 亿元, 初创组 registered from 1 January of the year before the contest, 成长组 earlier but
 * within the ten years before. The dates are that edition's, moved to the seed's year; none of the
 * parameters could be checked against the current edition's text here, so every group says
 * `verified: false`.
 */
function startupGroups(year: number) {
  const source = '《第十三届中国创新创业大赛参赛须知》二、参赛条件（参数未经核实）';
  return [
    {
      id: 'startup',
      name: '初创组',
      source,
      verified: false,
      rules: { registeredOnOrAfter: `${year - 1}-01-01`, revenueMaxYuan: 200_000_000 },
    },
    {
      id: 'growth',
      name: '成长组',
      source,
      verified: false,
      rules: {
        registeredOnOrAfter: `${year - 10}-01-01`,
        registeredOnOrBefore: `${year - 2}-12-31`,
        revenueMaxYuan: 200_000_000,
      },
    },
  ];
}

export function seedContestInputs(now = Date.now()) {
  const year = Number(shanghaiDate(now).slice(0, 4));
  return [
    {
      id: seedContestIds.startup,
      input: contestCreateSchema.parse({
        title: `${year}年石嘴山市创新创业大赛`,
        kind: 'startup',
        description:
          '围绕《石嘴山市科技创新“十四五”规划》的“六新”产业，面向在石嘴山注册或拟落地的科技型企业和创业团队，' +
          '设初创组和成长组。报名截止前可随时修改参赛材料，商业计划书支持 PDF 或 PPTX（20 MB 以内）。',
        signupOpensAt: at(-10, '09:00', now),
        signupClosesAt: at(60, '18:00', now),
        teamMin: 1,
        teamMax: 5,
        tracks: [
          { id: 'new-materials', name: '新材料' },
          { id: 'new-energy', name: '新能源' },
          { id: 'new-equipment', name: '新装备' },
          { id: 'new-digital', name: '新数字' },
          { id: 'new-medicine', name: '新医药' },
          { id: 'new-food', name: '新食品' },
        ],
        groups: startupGroups(year),
        rubric: [
          { id: 'innovation', label: '技术创新性', weight: 30 },
          { id: 'business', label: '商业模式', weight: 20 },
          { id: 'market', label: '市场前景', weight: 20 },
          { id: 'team', label: '团队能力', weight: 20 },
          { id: 'impact', label: '带动效益', weight: 10 },
        ],
        rounds: [
          { n: 1, name: '初赛' },
          { n: 2, name: '决赛' },
        ],
      }),
    },
    {
      id: seedContestIds.invention,
      input: contestCreateSchema.parse({
        title: `${year}年石嘴山市发明创新大赛`,
        kind: 'invention',
        description:
          '面向个人发明人和学校团队，征集有新颖性和实用性的发明创造。可一人参赛，也可最多 3 人组队。',
        signupOpensAt: at(-3, '09:00', now),
        signupClosesAt: at(45, '18:00', now),
        teamMin: 1,
        teamMax: 3,
        tracks: [
          { id: 'individual', name: '个人发明' },
          { id: 'campus', name: '校园发明' },
        ],
        groups: [],
        rubric: [
          { id: 'novelty', label: '新颖性', weight: 30 },
          { id: 'inventiveness', label: '创造性', weight: 30 },
          { id: 'utility', label: '实用性', weight: 25 },
          { id: 'presentation', label: '展示与表达', weight: 15 },
        ],
        rounds: [{ n: 1, name: '评审' }],
      }),
    },
  ];
}

export async function loadSeedContests(organizerId: string, organizerName: string, now = Date.now()) {
  const contests = await import('../functions/src/contests/contests.repository');
  let created = 0;
  for (const seed of seedContestInputs(now)) {
    if (await contests.getContest(seed.id, true)) continue;
    const contest = await contests.createContest(
      seed.input,
      { id: organizerId, name: organizerName },
      seed.id,
    );
    await contests.publishContest(contest);
    created++;
  }
  return created;
}
