import { readCertifications, readNumber } from '../criteria';
import { formatWan } from '../format';
import type { Policy } from '../types';
import { auditTaxCollection, industryNotExcluded, notice119, residentEnterprise } from './common-criteria';
import { cited, notCheckedAgainstText, uncited } from './application';

/** 第五条第（一）项: 会计核算健全、实行查账征收并能够准确归集研发费用的居民企业. */
const article5 = `${notice119}第五条第（一）项`;

/** Why a loss year saves nothing now, and where the law lets the deduction wait. */
const carriedForward = (what: string) =>
  `${what}计入当年亏损，可按《中华人民共和国企业所得税法》第十八条向以后年度结转弥补（结转年限以税务机关规定为准）`;
const lowerRates = '小型微利企业等适用更低税率的，实际少缴的税款会更少。';

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
  criteria: [
    residentEnterprise(article5),
    industryNotExcluded(`${notice119}第四条`),
    auditTaxCollection(article5, '企业所得税实行核定征收，不适用研发费用加计扣除'),
  ],
  obligations: [],
  application: {
    channel: uncited(
      '不需要事先审批：企业自行判断是否符合条件，在企业所得税预缴申报或年度汇算清缴时通过电子税务局填报享受，相关资料留存备查（未核实）。',
      '办理方式出自国家税务总局关于企业所得税优惠事项办理的公告，本项目未持有其原文',
    ),
    timing: cited(
      '年度汇算清缴：自年度终了之日起五个月内（次年 5 月 31 日前）申报；能否在当年预缴申报时提前享受，以税务机关当年规定为准（未核实）。',
      '《中华人民共和国企业所得税法》第五十四条',
      '预缴申报享受的时间未核实',
    ),
    materials: cited(
      '研发项目立项文件、按研发项目设置的研发费用辅助账和汇总表、研发人员名单等，由企业留存备查，不需要报送（资料清单未核实）。',
      notice119,
      `${notCheckedAgainstText}；留存备查资料清单未核实`,
    ),
    office: uncited(
      '企业的主管税务机关（石嘴山市各区县税务局）；也可拨打全国纳税缴费服务热线 12366（未核实）。',
      '未与发文原文核对',
    ),
  },
  benefit(profile) {
    const rd = readNumber(profile, 'rdExpenseLastYear');
    const profit = readNumber(profile, 'profitLastYear');
    const highTech = readCertifications(profile)?.includes('high-tech') ?? false;
    const rate = highTech ? 15 : 25;
    const rateText = `${rate}% 的企业所得税税率${highTech ? '（高新技术企业）' : ''}`;
    const basis = '研发费用按实际发生额的 100% 在税前加计扣除';
    if (rd === undefined) {
      return { summary: `${basis}；填写“最近一年研发费用”后可估算少缴的企业所得税。`, estimateYuan: null };
    }
    if (profit !== undefined && profit <= 0) {
      return {
        summary: `${basis}。最近一年应纳税所得额为 0 或亏损，当年不会少缴税款；${carriedForward('加计扣除的金额')}。`,
        estimateYuan: 0,
      };
    }
    // The deduction cannot save more tax than the profit it is deducted from carries.
    const base = profit === undefined ? rd : Math.min(rd, profit);
    const estimateYuan = Math.round((base * rate) / 100);
    let how: string;
    if (profit === undefined) {
      how = `估算按最近一年研发费用和 ${rateText}计算，并假设企业有足够的应纳税所得额可供扣除（填写“最近一年应纳税所得额”可估算得更准）`;
    } else if (rd > profit) {
      how =
        `估算以最近一年应纳税所得额 ${formatWan(profit)}为限、按 ${rateText}计算；` +
        carriedForward('超出应纳税所得额的加计扣除额');
    } else {
      how = `估算按最近一年研发费用和 ${rateText}计算`;
    }
    return { summary: `${basis}；${how}。${lowerRates}`, estimateYuan };
  },
};
