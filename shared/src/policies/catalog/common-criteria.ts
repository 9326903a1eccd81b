// Criteria several policies state in the same words; each policy names its own source.
import { askUnknown, capCriterion, citing, fail, flagCriterion, pass, readString } from '../criteria';
import type { Criterion } from '../types';

export const notice119 =
  '《财政部 国家税务总局 科技部关于完善研究开发费用税前加计扣除政策的通知》（财税〔2015〕119号）';

/**
 * 财税〔2015〕119号 第四条, the industries that cannot use the super deduction, as GB/T 4754-2017
 * divisions. The one list: 研发费用加计扣除 and 科技型中小企业评价 both apply it.
 */
export const excludedIndustries: Readonly<Record<string, string>> = {
  C16: '烟草制品业',
  F51: '批发业',
  F52: '零售业',
  H61: '住宿业',
  H62: '餐饮业',
  K70: '房地产业',
  L71: '租赁业',
  L72: '商务服务业',
  R90: '娱乐业',
};

/** Not in the 119号 第四条 list; `source` names the policy's own basis for applying it. */
export const industryNotExcluded = (source: string): Criterion => ({
  id: 'industry-not-excluded',
  label: '不属于不适用加计扣除的行业',
  description:
    '烟草制造业、住宿和餐饮业、批发和零售业、房地产业、租赁和商务服务业、娱乐业不适用研发费用税前加计扣除政策（以主营业务判断）。',
  fields: ['industryCode'],
  evaluate(profile) {
    const code = readString(profile, 'industryCode');
    if (code === undefined) return askUnknown(['industryCode'], source);
    const excluded = excludedIndustries[code];
    return excluded === undefined
      ? pass(citing(`行业代码 ${code} 不属于不适用加计扣除政策的行业`, source))
      : fail(citing(`行业代码 ${code}（${excluded}）属于不适用税前加计扣除政策的行业`, source));
  },
});

/** 查账征收, not 核定征收. */
export const auditTaxCollection = (source: string, failText: string): Criterion => ({
  id: 'audit-tax-collection',
  label: '企业所得税实行查账征收',
  description: '企业会计核算健全、企业所得税实行查账征收；核定征收的企业不适用。',
  fields: ['taxCollection'],
  evaluate(profile) {
    const method = readString(profile, 'taxCollection');
    if (method === undefined) return askUnknown(['taxCollection'], source);
    return method === 'audit'
      ? pass(citing('企业所得税实行查账征收', source))
      : fail(citing(failText, source));
  },
});

export const residentEnterprise = (source: string): Criterion =>
  flagCriterion({
    id: 'resident-enterprise',
    label: '境内注册的居民企业',
    description: '在中国境内（不包括港、澳、台地区）注册的居民企业。',
    field: 'isResidentEnterprise',
    wanted: true,
    source,
    passText: '在中国境内注册的居民企业',
    failText: '不是在中国境内（不包括港、澳、台地区）注册的居民企业',
  });

/** 职工 ≤ 500, 销售收入 ≤ 2 亿, 资产 ≤ 2 亿: the size limits of a 科技型中小企业. */
export const smeSizeCaps = (source: string): Criterion[] => [
  capCriterion({
    id: 'employees-cap',
    label: '职工总数不超过 500 人',
    description: '职工总数不超过 500 人。',
    field: 'employees',
    max: 500,
    unit: 'people',
    maxText: '500 人',
    source,
  }),
  capCriterion({
    id: 'revenue-cap',
    label: '年销售收入不超过 2 亿元',
    description: '年销售收入不超过 2 亿元。',
    field: 'revenueLastYear',
    max: 200_000_000,
    unit: 'yuan',
    maxText: '2 亿元',
    source,
  }),
  capCriterion({
    id: 'assets-cap',
    label: '资产总额不超过 2 亿元',
    description: '资产总额不超过 2 亿元。',
    field: 'totalAssets',
    max: 200_000_000,
    unit: 'yuan',
    maxText: '2 亿元',
    source,
  }),
];

export const notCreditListed = (source: string): Criterion =>
  flagCriterion({
    id: 'not-credit-listed',
    label: '未列入经营异常名录和严重违法失信名单',
    description: '企业未列入经营异常名录和严重违法失信企业名单。',
    field: 'creditListed',
    wanted: false,
    source,
    passText: '未列入经营异常名录和严重违法失信企业名单',
    failText: '已列入经营异常名录或严重违法失信企业名单',
  });
