import { citing, fail, pass, readCertifications, readNumber, readString, askUnknown } from '../criteria';
import type { Criterion, Policy } from '../types';

const notice2015 =
  '《财政部 国家税务总局 科技部关于完善研究开发费用税前加计扣除政策的通知》（财税〔2015〕119号）';

/** 财税〔2015〕119号 第四条, as GB/T 4754-2017 divisions. */
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

const industryNotExcluded: Criterion = {
  id: 'industry-not-excluded',
  label: '不属于不适用加计扣除的行业',
  description:
    '烟草制造业、住宿和餐饮业、批发和零售业、房地产业、租赁和商务服务业、娱乐业不适用研发费用税前加计扣除政策（以主营业务判断）。',
  fields: ['industryCode'],
  evaluate(profile) {
    const source = `${notice2015}第四条`;
    const code = readString(profile, 'industryCode');
    if (code === undefined) return askUnknown(['industryCode'], source);
    const excluded = excludedIndustries[code];
    return excluded === undefined
      ? pass(citing(`行业代码 ${code} 不属于不适用加计扣除政策的行业`, source))
      : fail(citing(`行业代码 ${code}（${excluded}）属于不适用税前加计扣除政策的行业`, source));
  },
};

const auditCollection: Criterion = {
  id: 'audit-tax-collection',
  label: '企业所得税实行查账征收',
  description: '政策适用于会计核算健全、实行查账征收并能够准确归集研发费用的居民企业，核定征收企业不适用。',
  fields: ['taxCollection'],
  evaluate(profile) {
    const method = readString(profile, 'taxCollection');
    if (method === undefined) return askUnknown(['taxCollection'], notice2015);
    return method === 'audit'
      ? pass(citing('企业所得税实行查账征收', notice2015))
      : fail(citing('企业所得税实行核定征收，不适用研发费用加计扣除', notice2015));
  },
};

export const rdSuperDeduction: Policy = {
  id: 'rd-super-deduction',
  name: '研发费用加计扣除',
  category: 'tax',
  level: 'national',
  issuer: '财政部 税务总局',
  summary:
    '企业开展研发活动实际发生的研发费用，未形成无形资产计入当期损益的，在据实扣除的基础上再按实际发生额的 100% 在税前加计扣除；' +
    '形成无形资产的，按无形资产成本的 200% 在税前摊销。',
  validFrom: '2023-01-01',
  validTo: null,
  sources: [
    {
      title: '财政部 税务总局关于进一步完善研发费用税前加计扣除政策的公告',
      docNumber: '财政部 税务总局公告2023年第7号',
    },
    {
      title: '财政部 国家税务总局 科技部关于完善研究开发费用税前加计扣除政策的通知',
      docNumber: '财税〔2015〕119号',
    },
  ],
  verified: true,
  criteria: [industryNotExcluded, auditCollection],
  benefit(profile) {
    const rd = readNumber(profile, 'rdExpenseLastYear');
    const highTech = readCertifications(profile)?.includes('high-tech') ?? false;
    const rate = highTech ? 15 : 25;
    return {
      summary: `研发费用按实际发生额的 100% 在税前加计扣除；估算按最近一年研发费用和 ${rate}% 的企业所得税税率计算少缴税款${highTech ? '（高新技术企业）' : ''}。`,
      estimateYuan: rd === undefined ? null : Math.max(0, Math.round((rd * rate) / 100)),
    };
  },
};
