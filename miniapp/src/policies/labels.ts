import { policyLevelNames, type PolicySummary } from '@szkc/shared';

/** `2023-01-01` -> `2023年1月1日` */
export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  if (!year || !month || !day) return isoDate;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/**
 * Validity in words; no end date in our data means none is known, not "forever", and no first
 * day means no text we hold confirms it.
 */
export function validityText(policy: Pick<PolicySummary, 'validFrom' | 'validTo'>): string {
  const from = policy.validFrom === null ? '施行日期待核对' : `${chineseDate(policy.validFrom)}起施行`;
  return policy.validTo ? `${from}，${chineseDate(policy.validTo)}截止` : `${from}，暂无截止日期`;
}

export const levelText = (policy: Pick<PolicySummary, 'level'>): string => policyLevelNames[policy.level];

export const unverifiedNote = '以主管部门最新文件为准';

/** 《title》（文号）; a source whose 文号 we do not hold says so. */
export function sourceText(source: PolicySummary['sources'][number]): string {
  return `《${source.title}》${source.docNumber ? `（${source.docNumber}）` : '（文号待核对）'}`;
}
