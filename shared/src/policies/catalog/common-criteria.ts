// Criteria several policies state in the same words; each policy names its own source.
import { capCriterion, flagCriterion } from '../criteria';
import type { Criterion } from '../types';

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
