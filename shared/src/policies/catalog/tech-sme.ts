import { atLeastPercent, percentGap } from '../arith';
import {
  citing,
  fail,
  fieldLabel,
  flagCriterion,
  pass,
  readCertifications,
  readNumber,
  unknown,
} from '../criteria';
import { formatPercent } from '../format';
import type { EnterpriseProfile, ProfileField } from '../profile';
import type { Criterion, Policy, ThresholdGap } from '../types';
import { notCreditListed, smeSizeCaps } from './common-criteria';

const measures = '《科技型中小企业评价办法》（国科发政〔2017〕115号，2022年修订）';
const article = (text: string) => `${measures}${text}`;

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

function techStaffPart(profile: EnterpriseProfile): Partial {
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
function rdPart(profile: EnterpriseProfile): Partial {
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

function ipPart(profile: EnterpriseProfile): Partial {
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

const scoreFields: readonly ProfileField[] = [
  'certifications',
  'techStaff',
  'employees',
  'rdExpenseLastYear',
  'revenueLastYear',
  'totalCostsLastYear',
  'ipClassI',
  'ipClassII',
];

const inFieldOrder = (fields: Iterable<ProfileField>): ProfileField[] => {
  const wanted = new Set(fields);
  return scoreFields.filter((field) => wanted.has(field));
};

const scoreOrDirect: Criterion = {
  id: 'score-or-direct',
  label: '评价得分不低于 60 分或直接确认',
  description:
    '按科技人员（20 分）、研发投入（50 分）、科技成果（30 分）三类指标综合评价，得分不低于 60 分且科技人员指标不得为 0 分；' +
    '持有有效期内高新技术企业资格证书的，可直接确认符合条件。',
  fields: scoreFields,
  evaluate(profile) {
    const certifications = readCertifications(profile);
    if (certifications?.includes('high-tech')) {
      return pass(
        citing('持有有效期内的高新技术企业资格，可直接确认符合科技型中小企业条件', article('第八条')),
      );
    }
    const source = article('第六条（五）、第七条');
    const parts = [techStaffPart(profile), rdPart(profile), ipPart(profile)] as const;
    const [tech] = parts;
    const min = parts.reduce((sum, p) => sum + p.min, 0);
    const max = parts.reduce((sum, p) => sum + p.max, 0);
    const scoreText =
      min === max
        ? `评价得分 ${min} 分（科技人员 ${parts[0].min} 分、研发投入 ${parts[1].min} 分、科技成果 ${parts[2].min} 分）`
        : `评价得分暂按已填数据计算为 ${min}～${max} 分`;
    if (min >= techSmePassScore && tech.min > 0) {
      return pass(citing(`${scoreText}，不低于 60 分，且科技人员指标不为 0 分`, source));
    }
    const failsByScore = max < techSmePassScore || tech.max === 0;
    const askDirect =
      certifications === undefined ? '；如持有高新技术企业资格可直接确认，请填写“已获资质”' : '';
    if (!failsByScore) {
      const missing = inFieldOrder([
        ...parts.flatMap((p) => p.missing),
        ...(certifications === undefined ? (['certifications'] as const) : []),
      ]);
      const ask = missing
        .filter((f) => f !== 'certifications')
        .map((f) => `“${fieldLabel(f)}”`)
        .join('');
      return unknown(citing(`${scoreText}，请填写${ask}以完成评分${askDirect}`, source), missing);
    }
    let reason: string;
    let gap: ThresholdGap;
    if (tech.max === 0) {
      const staff = readNumber(profile, 'techStaff') ?? 0;
      const employees = readNumber(profile, 'employees') ?? 0;
      const share =
        employees > 0 ? `科技人员占职工总数 ${formatPercent(staff, employees)}，` : '职工总数为 0，';
      const needed = employees > 0 ? percentGap(staff, employees, 10, true) : 1;
      reason = `${share}科技人员指标得 0 分（须不低于 10% 才得分，还需增加 ${needed} 名科技人员）`;
      gap = { unit: 'people', amount: needed, field: 'techStaff' };
    } else {
      const short = techSmePassScore - max;
      reason =
        min === max
          ? `${scoreText}，低于 60 分的要求，还差 ${short} 分`
          : `${scoreText}，最高也低于 60 分，还差 ${short} 分`;
      gap = { unit: 'points', amount: short };
    }
    if (certifications === undefined) {
      return unknown(citing(`${reason}${askDirect}`, source), ['certifications']);
    }
    return fail(citing(reason, source), gap);
  },
};

export const techSme: Policy = {
  id: 'tech-sme',
  name: '科技型中小企业评价',
  category: 'certification',
  level: 'national',
  issuer: '科技部 财政部 国家税务总局',
  summary:
    '职工不超过 500 人、年销售收入和资产总额均不超过 2 亿元的居民企业，按科技人员、研发投入、科技成果三类指标自主评价，' +
    '得分不低于 60 分（或持有高新技术企业资格）即可入库，取得登记编号。',
  validFrom: '2022-01-01',
  validTo: null,
  sources: [{ title: '科技型中小企业评价办法', docNumber: '国科发政〔2017〕115号' }],
  verified: true,
  criteria: [
    flagCriterion({
      id: 'resident-enterprise',
      label: '境内注册的居民企业',
      description: '在中国境内（不包括港、澳、台地区）注册的居民企业。',
      field: 'isResidentEnterprise',
      wanted: true,
      source: article('第六条（一）'),
      passText: '在中国境内注册的居民企业',
      failText: '不是在中国境内（不包括港、澳、台地区）注册的居民企业',
    }),
    ...smeSizeCaps(article('第六条（二）')),
    flagCriterion({
      id: 'not-restricted-industry',
      label: '不属于禁止、限制和淘汰类',
      description: '企业提供的产品和服务不属于国家规定的禁止、限制和淘汰类。',
      field: 'restrictedIndustry',
      wanted: false,
      source: article('第六条（三）'),
      passText: '产品和服务不属于国家规定的禁止、限制和淘汰类',
      failText: '产品或服务属于国家规定的禁止、限制和淘汰类',
    }),
    flagCriterion({
      id: 'no-serious-incident',
      label: '无重大事故和严重违法失信行为',
      description: '填报上一年及当年内未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为。',
      field: 'seriousIncident',
      wanted: false,
      source: article('第六条（四）'),
      passText: '填报上一年及当年内未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为',
      failText: '填报上一年及当年内发生过重大安全、重大质量事故或严重环境违法、科研严重失信行为',
    }),
    notCreditListed(article('第六条（四）')),
    scoreOrDirect,
  ],
  score(profile) {
    return techSmeScore(profile)?.total ?? null;
  },
  benefit() {
    return {
      summary:
        '评价入库后取得科技型中小企业登记编号，可作为享受相关科技政策、申请“宁科贷”等科技金融产品的资质条件。',
      estimateYuan: null,
    };
  },
};
