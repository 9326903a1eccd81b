// The 评价指标 of 《科技型中小企业评价办法》（国科发政〔2017〕115号）第七条 and its 附件: three
// indicators scored by bands, and, for a score below the line, what the next band of each is worth.
import { atLeastPercent, percentGap } from '../arith';
import { readNumber } from '../criteria';
import { formatPercent, formatWan } from '../format';
import type { EnterpriseProfile, ProfileField, ScoreAdvice } from '../profile';

/** [lower bound in whole per cent, inclusive; points], highest first. */
type Bands = ReadonlyArray<readonly [number, number]>;
const techStaffBands: Bands = [
  [30, 20],
  [25, 16],
  [20, 12],
  [15, 8],
  [10, 4],
];
const rdOfRevenueBands: Bands = [
  [6, 50],
  [5, 40],
  [4, 30],
  [3, 20],
  [2, 10],
];
const rdOfCostsBands: Bands = [
  [30, 50],
  [25, 40],
  [20, 30],
  [15, 20],
  [10, 10],
];
const ipClassIIPoints = [0, 6, 12, 18, 24] as const;

const maxTechPoints = 20;
const maxRdPoints = 50;
const maxIpPoints = 30;
export const techSmePassScore = 60;

const bandPoints = (part: number, whole: number, bands: Bands): number => {
  if (!(whole > 0)) return 0;
  for (const [percent, points] of bands) if (atLeastPercent(part, whole, percent)) return points;
  return 0;
};

/** One indicator's points as far as the profile tells: exact when min === max. */
interface Partial {
  readonly min: number;
  readonly max: number;
  readonly missing: readonly ProfileField[];
}
const exact = (points: number): Partial => ({ min: points, max: points, missing: [] });

export function techStaffPart(profile: EnterpriseProfile): Partial {
  const staff = readNumber(profile, 'techStaff');
  const employees = readNumber(profile, 'employees');
  if (staff === undefined || employees === undefined) {
    const missing: ProfileField[] = [];
    if (staff === undefined) missing.push('techStaff');
    if (employees === undefined) missing.push('employees');
    return { min: 0, max: maxTechPoints, missing };
  }
  return exact(bandPoints(staff, employees, techStaffBands));
}

/** The better of R&D / sales and R&D / total costs (the enterprise picks one). */
export function rdPart(profile: EnterpriseProfile): Partial {
  const rd = readNumber(profile, 'rdExpenseLastYear');
  const revenue = readNumber(profile, 'revenueLastYear');
  const costs = readNumber(profile, 'totalCostsLastYear');
  if (rd === 0) return exact(0);
  if (rd === undefined) {
    const missing: ProfileField[] = ['rdExpenseLastYear'];
    if (revenue === undefined && costs === undefined) missing.push('revenueLastYear', 'totalCostsLastYear');
    return { min: 0, max: maxRdPoints, missing };
  }
  const byRevenue = revenue === undefined ? undefined : bandPoints(rd, revenue, rdOfRevenueBands);
  const byCosts = costs === undefined ? undefined : bandPoints(rd, costs, rdOfCostsBands);
  if (byRevenue !== undefined && byCosts !== undefined) return exact(Math.max(byRevenue, byCosts));
  const known = byRevenue ?? byCosts;
  if (known === maxRdPoints) return exact(known);
  const missing: ProfileField[] = [];
  if (revenue === undefined) missing.push('revenueLastYear');
  if (costs === undefined) missing.push('totalCostsLastYear');
  return { min: known ?? 0, max: maxRdPoints, missing };
}

export function ipPart(profile: EnterpriseProfile): Partial {
  const classI = readNumber(profile, 'ipClassI');
  const classII = readNumber(profile, 'ipClassII');
  const classIIPoints =
    classII === undefined ? undefined : ipClassIIPoints[Math.min(Math.max(classII, 0), 4)]!;
  if (classI !== undefined && classI >= 1) return exact(maxIpPoints);
  if (classI !== undefined && classIIPoints !== undefined) return exact(classIIPoints);
  if (classI !== undefined) return { min: 0, max: ipClassIIPoints[4], missing: ['ipClassII'] };
  if (classIIPoints !== undefined) return { min: classIIPoints, max: maxIpPoints, missing: ['ipClassI'] };
  return { min: 0, max: maxIpPoints, missing: ['ipClassI', 'ipClassII'] };
}

export interface TechSmeScore {
  readonly techStaff: number;
  readonly rd: number;
  readonly ip: number;
  readonly total: number;
}

/** The 评价指标 score (附件), or null while some indicator cannot be scored. */
export function techSmeScore(profile: EnterpriseProfile): TechSmeScore | null {
  const [t, r, i] = [techStaffPart(profile), rdPart(profile), ipPart(profile)];
  if (t.min !== t.max || r.min !== r.max || i.min !== i.max) return null;
  return { techStaff: t.min, rd: r.min, ip: i.min, total: t.min + r.min + i.min };
}

const nextBand = (points: number, bands: Bands) =>
  // Highest first: the last band worth more than now is the next one up.
  bands.filter(([, bandPoints]) => bandPoints > points).at(-1);

function techStaffAdvice(profile: EnterpriseProfile, points: number): ScoreAdvice | null {
  const staff = readNumber(profile, 'techStaff');
  const employees = readNumber(profile, 'employees');
  const band = nextBand(points, techStaffBands);
  if (staff === undefined || employees === undefined || !(employees > 0) || !band) return null;
  const [percent, nextPoints] = band;
  const people = percentGap(staff, employees, percent, true);
  return {
    indicator: 'techStaff',
    label: '科技人员',
    points,
    nextPoints,
    change: `科技人员占职工总数从 ${formatPercent(staff, employees)} 提高到 ${percent}%：再增加 ${people} 名科技人员（新增人员也计入职工总数）`,
  };
}

/** The cheaper of the two R&D ratios to the next band: R&D spending is also part of total costs. */
function rdAdvice(profile: EnterpriseProfile, points: number): ScoreAdvice | null {
  const rd = readNumber(profile, 'rdExpenseLastYear');
  if (rd === undefined) return null;
  const routes = [
    {
      whole: readNumber(profile, 'revenueLastYear'),
      bands: rdOfRevenueBands,
      partOfWhole: false,
      name: '销售收入',
    },
    {
      whole: readNumber(profile, 'totalCostsLastYear'),
      bands: rdOfCostsBands,
      partOfWhole: true,
      name: '成本费用总额',
    },
  ].flatMap(({ whole, bands, partOfWhole, name }) => {
    const band = nextBand(points, bands);
    if (whole === undefined || !(whole > 0) || !band) return [];
    const [percent, nextPoints] = band;
    return [
      {
        percent,
        nextPoints,
        name,
        now: formatPercent(rd, whole),
        yuan: percentGap(rd, whole, percent, partOfWhole),
      },
    ];
  });
  const best = routes.sort((a, b) => a.yuan - b.yuan)[0];
  if (!best) return null;
  return {
    indicator: 'rd',
    label: '研发投入',
    points,
    nextPoints: best.nextPoints,
    change: `研发费用占${best.name}从 ${best.now} 提高到 ${best.percent}%：最近一年研发费用再增加约 ${formatWan(best.yuan, 'ceil')}`,
  };
}

function ipAdvice(profile: EnterpriseProfile, points: number): ScoreAdvice | null {
  const classI = readNumber(profile, 'ipClassI');
  const classII = readNumber(profile, 'ipClassII');
  if (classI === undefined || classII === undefined || points >= maxIpPoints) return null;
  const nextII =
    classII < ipClassIIPoints.length - 1 ? ipClassIIPoints[Math.max(classII, 0) + 1]! : undefined;
  if (nextII === undefined) {
    return {
      indicator: 'ip',
      label: '科技成果',
      points,
      nextPoints: maxIpPoints,
      change: `Ⅱ类知识产权已有 ${classII} 件（最多计 ${ipClassIIPoints[4]} 分）：取得 1 件Ⅰ类知识产权（如发明专利）即得 ${maxIpPoints} 分`,
    };
  }
  return {
    indicator: 'ip',
    label: '科技成果',
    points,
    nextPoints: nextII,
    change: `再取得 1 件Ⅱ类知识产权（现有 ${classII} 件）；取得 1 件Ⅰ类知识产权（如发明专利）则直接得 ${maxIpPoints} 分`,
  };
}

/**
 * For a score below 60 (or a 0 in 科技人员, which fails by itself): each indicator that is not at
 * its maximum, with the points of its next band and what it takes to get there. Empty while the
 * score is not exact or already passes.
 */
export function techSmeScoreAdvice(profile: EnterpriseProfile): ScoreAdvice[] {
  const score = techSmeScore(profile);
  if (!score || (score.total >= techSmePassScore && score.techStaff > 0)) return [];
  return [
    techStaffAdvice(profile, score.techStaff),
    rdAdvice(profile, score.rd),
    ipAdvice(profile, score.ip),
  ].filter((advice): advice is ScoreAdvice => advice !== null);
}
