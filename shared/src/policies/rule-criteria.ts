// Rules written as data (a contest group's rules) turned into criteria of the policy engine, so
// they are evaluated by the same code, with the same pass/fail/unknown and wording as policies.
import { isCalendarDate } from '../time';
import { capCriterion, askUnknown, citing, fail, pass, readCertifications, readString } from './criteria';
import { formatWan } from './format';
import { certificationNames, type Certification } from './values';
import type { Criterion } from './types';

export type RuleSet = {
  registeredOnOrAfter?: string;
  registeredOnOrBefore?: string;
  revenueMaxYuan?: number;
  requiredCertifications?: readonly Certification[];
};

/** `2026-01-01` -> `2026年1月1日` */
const dateText = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

function registeredCriterion(id: string, bound: string, side: 'after' | 'before', source: string): Criterion {
  const boundText = `${dateText(bound)}（含）${side === 'after' ? '以后' : '以前'}`;
  return {
    id,
    label: `注册成立于${boundText}`,
    description: `企业注册成立日期须在${boundText}。`,
    fields: ['establishedOn'],
    evaluate(profile) {
      const established = readString(profile, 'establishedOn');
      if (established === undefined || !isCalendarDate(established))
        return askUnknown(['establishedOn'], source);
      const meets = side === 'after' ? established >= bound : established <= bound;
      const said = `注册成立日期 ${established}`;
      return meets
        ? pass(citing(`${said}，在${boundText}`, source))
        : fail(citing(`${said}，不在${boundText}`, source));
    },
  };
}

function certificationsCriterion(required: readonly Certification[], source: string): Criterion {
  const names = required.map((c) => certificationNames[c]).join('、');
  return {
    id: 'required-certifications',
    label: `已获${names}资质`,
    description: `须已获得${names}资质。`,
    fields: ['certifications'],
    evaluate(profile) {
      const held = readCertifications(profile);
      if (held === undefined) return askUnknown(['certifications'], source);
      const lacking = required.filter((c) => !held.includes(c));
      return lacking.length === 0
        ? pass(citing(`已获${names}资质`, source))
        : fail(citing(`尚未获得${lacking.map((c) => certificationNames[c]).join('、')}资质`, source));
    },
  };
}

/** The criteria of a rule set, in a fixed order; `source` names the document every detail cites. */
export function ruleCriteria(rules: RuleSet, source: string): Criterion[] {
  const criteria: Criterion[] = [];
  if (rules.registeredOnOrAfter)
    criteria.push(registeredCriterion('registered-on-or-after', rules.registeredOnOrAfter, 'after', source));
  if (rules.registeredOnOrBefore)
    criteria.push(
      registeredCriterion('registered-on-or-before', rules.registeredOnOrBefore, 'before', source),
    );
  if (rules.revenueMaxYuan !== undefined) {
    const cap = formatWan(rules.revenueMaxYuan);
    criteria.push(
      capCriterion({
        id: 'revenue-max',
        label: `最近一年销售收入不超过 ${cap}`,
        description: `最近一年销售（营业）收入不超过 ${cap}。`,
        field: 'revenueLastYear',
        max: rules.revenueMaxYuan,
        unit: 'yuan',
        maxText: cap,
        source,
      }),
    );
  }
  if (rules.requiredCertifications?.length)
    criteria.push(certificationsCriterion(rules.requiredCertifications, source));
  return criteria;
}
