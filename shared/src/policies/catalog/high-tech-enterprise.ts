import { isCalendarDate } from '../../time';
import { addDays, atLeastPercent, daysBetween, percentGap } from '../arith';
import {
  askUnknown,
  citing,
  fail,
  flagCriterion,
  missingOf,
  pass,
  readNumber,
  readBoolean,
  readString,
  shareCriterion,
  unknown,
} from '../criteria';
import { formatPercent, formatWan } from '../format';
import type { Criterion, Policy } from '../types';
import { residentEnterprise } from './common-criteria';
import { byYearlyNotice, cited, notCheckedAgainstText, phoneUnverified, uncited } from './application';

const measures = '《高新技术企业认定管理办法》（国科发火〔2016〕32号）';
const guide = '《高新技术企业认定管理工作指引》（国科发火〔2016〕195号）';
const article = (item: string) => `${measures}第十一条（${item}）`;

/** 工作指引: "注册成立一年以上" means at least 365 calendar days before applying. */
const minDaysRegistered = 365;

const registeredOneYear: Criterion = {
  id: 'registered-one-year',
  label: '注册成立满一年',
  description: '申请认定时须注册成立一年以上，即注册成立满 365 个日历天数。',
  fields: ['establishedOn'],
  evaluate(profile, { asOf }) {
    const source = `${article('一')}及${guide}`;
    const established = readString(profile, 'establishedOn');
    if (established === undefined || !isCalendarDate(established))
      return askUnknown(['establishedOn'], source);
    const days = daysBetween(established, asOf);
    if (days < 0) return fail(citing(`注册成立日期 ${established} 晚于评估日期 ${asOf}`, source));
    if (days >= minDaysRegistered) {
      return pass(citing(`${established} 注册成立，至 ${asOf} 已 ${days} 天，满一年（365 天）`, source));
    }
    const short = minDaysRegistered - days;
    return fail(
      citing(
        `${established} 注册成立，至 ${asOf} 仅 ${days} 天，还差 ${short} 天满 365 天，最早 ${addDays(established, minDaysRegistered)} 起满足`,
        source,
      ),
      { unit: 'days', amount: short, field: 'establishedOn' },
    );
  },
};

/**
 * 第十一条（二） asks for core IP; 工作指引 三（二） counts it as Ⅰ类 and Ⅱ类 IP, so a firm that
 * states it holds none of either cannot be recognised, whatever it says about "core" IP.
 */
const coreIp: Criterion = {
  id: 'core-ip',
  label: '拥有核心知识产权',
  description:
    '通过自主研发、受让、受赠、并购等方式，获得对主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权；' +
    '没有任何Ⅰ类、Ⅱ类知识产权的企业不能认定。',
  fields: ['hasCoreIp', 'ipClassI', 'ipClassII'],
  evaluate(profile) {
    const source = `${article('二')}及${guide}三（二）`;
    const classI = readNumber(profile, 'ipClassI');
    const classII = readNumber(profile, 'ipClassII');
    if (classI === 0 && classII === 0) {
      return fail(citing('Ⅰ类、Ⅱ类知识产权均为 0 件，没有知识产权的企业不能认定为高新技术企业', source));
    }
    const core = readBoolean(profile, 'hasCoreIp');
    if (core === undefined) {
      // The counts settle it too while neither shows an IP right (both 0 fails).
      const countsOpen = !(classI !== undefined && classI > 0) && !(classII !== undefined && classII > 0);
      return askUnknown(
        countsOpen ? missingOf(profile, ['hasCoreIp', 'ipClassI', 'ipClassII']) : ['hasCoreIp'],
        source,
      );
    }
    return core
      ? pass(citing('拥有对主要产品（服务）发挥核心支持作用的知识产权', source))
      : fail(citing('尚未拥有对主要产品（服务）发挥核心支持作用的知识产权', source));
  },
};

/** 第十一条（五）: the R&D share required depends on the latest year's sales. */
const rdBrackets = [
  { upTo: 50_000_000, percent: 5, text: '最近一年销售收入 5000 万元（含）以下' },
  { upTo: 200_000_000, percent: 4, text: '最近一年销售收入 5000 万元至 2 亿元（含）' },
  { upTo: Number.POSITIVE_INFINITY, percent: 3, text: '最近一年销售收入 2 亿元以上' },
] as const;
const highestRdPercent = 5;
const lowestRdPercent = 3;

const rdIntensity: Criterion = {
  id: 'rd-intensity',
  label: '近三年研发费用占销售收入比例达标',
  description:
    '近三个会计年度研发费用总额占同期销售收入总额的比例：最近一年销售收入 5000 万元（含）以下的不低于 5%，' +
    '5000 万元至 2 亿元（含）的不低于 4%，2 亿元以上的不低于 3%。实际经营不满三年的按实际经营时间计算。',
  fields: ['rdExpense3Years', 'revenue3Years', 'revenueLastYear'],
  evaluate(profile) {
    const source = article('五');
    const rd = readNumber(profile, 'rdExpense3Years');
    const revenue = readNumber(profile, 'revenue3Years');
    const lastYear = readNumber(profile, 'revenueLastYear');
    if (rd === undefined || revenue === undefined)
      return askUnknown(missingOf(profile, ['rdExpense3Years', 'revenue3Years', 'revenueLastYear']), source);
    if (!(revenue > 0)) return fail(citing('近三年销售收入为 0，无法达到研发费用占比要求', source));
    const share = `近三年研发费用 ${formatWan(rd)}，占同期销售收入 ${formatWan(revenue)}的 ${formatPercent(rd, revenue)}`;
    if (lastYear === undefined) {
      if (atLeastPercent(rd, revenue, highestRdPercent)) {
        return pass(citing(`${share}，不低于最高一档 ${highestRdPercent}% 的要求`, source));
      }
      if (!atLeastPercent(rd, revenue, lowestRdPercent)) {
        const gap = percentGap(rd, revenue, lowestRdPercent, false);
        return fail(
          citing(`${share}，低于最低一档 ${lowestRdPercent}% 的要求，还差 ${formatWan(gap, 'ceil')}`, source),
          { unit: 'yuan', amount: gap, field: 'rdExpense3Years' },
        );
      }
      return unknown(
        citing(`${share}，是否达标取决于最近一年销售收入所在档次，请填写“最近一年销售收入”`, source),
        ['revenueLastYear'],
      );
    }
    const bracket = rdBrackets.find((b) => lastYear <= b.upTo) ?? rdBrackets[rdBrackets.length - 1]!;
    const context = `${bracket.text}的企业须不低于 ${bracket.percent}%`;
    if (atLeastPercent(rd, revenue, bracket.percent)) {
      return pass(citing(`${share}，不低于 ${bracket.percent}% 的要求（${context}）`, source));
    }
    const gap = percentGap(rd, revenue, bracket.percent, false);
    return fail(
      citing(
        `${share}，低于 ${bracket.percent}% 的要求，还差 ${formatWan(gap, 'ceil')}（${context}）`,
        source,
      ),
      { unit: 'yuan', amount: gap, field: 'rdExpense3Years' },
    );
  },
};

/** 工作指引: the score must be above 70, 70 itself does not pass. */
const minInnovationScore = 71;

const innovationScore: Criterion = {
  id: 'innovation-score',
  label: '创新能力评价 70 分以上',
  description:
    '企业创新能力从知识产权、科技成果转化能力、研究开发组织管理水平、企业成长性四项评价，满分 100 分，综合得分须在 70 分以上（不含 70 分）。',
  fields: ['innovationScore'],
  evaluate(profile) {
    const source = `${article('七')}及${guide}`;
    const score = readNumber(profile, 'innovationScore');
    if (score === undefined) return askUnknown(['innovationScore'], source);
    if (score >= minInnovationScore) return pass(citing(`创新能力自评 ${score} 分，高于 70 分`, source));
    const short = minInnovationScore - score;
    return fail(citing(`创新能力自评 ${score} 分，须在 70 分以上（不含 70 分），还差 ${short} 分`, source), {
      unit: 'points',
      amount: short,
      field: 'innovationScore',
    });
  },
};

export const highTechEnterprise: Policy = {
  id: 'high-tech-enterprise',
  name: '高新技术企业认定',
  category: 'certification',
  level: 'national',
  issuer: '科技部 财政部 国家税务总局',
  summary:
    '在《国家重点支持的高新技术领域》内持续研发并拥有核心自主知识产权的居民企业，经认定后三年内减按 15% 的税率缴纳企业所得税。',
  validFrom: '2016-01-01',
  validTo: null,
  sources: [
    { title: '高新技术企业认定管理办法', docNumber: '国科发火〔2016〕32号' },
    { title: '高新技术企业认定管理工作指引', docNumber: '国科发火〔2016〕195号' },
  ],
  verified: true,
  criteria: [
    residentEnterprise(`${measures}第二条`),
    registeredOneYear,
    coreIp,
    flagCriterion({
      id: 'supported-field',
      label: '属于国家重点支持的高新技术领域',
      description: '对主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术领域》规定的范围。',
      field: 'inSupportedHighTechField',
      wanted: true,
      source: article('三'),
      passText: '核心技术属于《国家重点支持的高新技术领域》',
      failText: '核心技术不属于《国家重点支持的高新技术领域》',
    }),
    shareCriterion({
      id: 'tech-staff-share',
      label: '科技人员占比不低于 10%',
      description: '从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于 10%。',
      part: 'techStaff',
      whole: 'employees',
      percent: 10,
      partOfWhole: true,
      unit: 'people',
      shareName: '科技人员占职工总数',
      gapText: (gap) => `还需增加 ${gap} 名科技人员`,
      zeroWholeText: '职工总数为 0',
      source: article('四'),
    }),
    rdIntensity,
    shareCriterion({
      id: 'rd-domestic-share',
      label: '境内研发费用占比不低于 60%',
      description: '近三个会计年度在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于 60%。',
      part: 'rdExpenseDomestic3Years',
      whole: 'rdExpense3Years',
      percent: 60,
      partOfWhole: true,
      unit: 'yuan',
      shareName: '境内研发费用占研发费用总额',
      gapText: (gap) => `还需增加境内研发费用 ${formatWan(gap, 'ceil')}`,
      zeroWholeText: '近三年研发费用为 0',
      source: article('五'),
    }),
    shareCriterion({
      id: 'high-tech-revenue-share',
      label: '高新技术产品（服务）收入占比不低于 60%',
      description: '近一年高新技术产品（服务）收入占企业同期总收入的比例不低于 60%。',
      part: 'highTechRevenueLastYear',
      whole: 'totalIncomeLastYear',
      percent: 60,
      partOfWhole: true,
      unit: 'yuan',
      shareName: '高新技术产品（服务）收入占同期总收入',
      gapText: (gap) => `还需增加高新技术产品（服务）收入 ${formatWan(gap, 'ceil')}`,
      zeroWholeText: '最近一年总收入为 0',
      source: article('六'),
    }),
    innovationScore,
    flagCriterion({
      id: 'no-serious-incident',
      label: '申请认定前一年内无重大事故和严重环境违法行为',
      description: '只看申请认定前一年内：未发生重大安全、重大质量事故或严重环境违法行为。',
      field: 'seriousIncident',
      wanted: false,
      source: article('八'),
      question: '请按申请认定前一年内的情况回答“是否发生重大安全、质量事故或严重环境违法、科研严重失信行为”',
      passText: '申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为',
      failText:
        '填写了发生过重大安全、重大质量事故或严重环境违法行为；本条只看申请认定前一年内，如发生在这之前，不影响本条',
    }),
  ],
  obligations: [
    {
      id: 'annual-report',
      text: '取得资格后，每年 5 月底前在“高新技术企业认定管理工作网”填报上一年度的知识产权、科技人员、研发费用、经营收入等年度发展情况报表。',
      source: measures,
      unverified: '条款序号待核对',
    },
  ],
  application: {
    channel: cited(
      '企业对照认定条件自我评价，认为符合的，在“高新技术企业认定管理工作网”注册登记，向本地区认定机构提出认定申请。',
      `${measures}第十二条`,
      notCheckedAgainstText,
    ),
    timing: uncited(`宁夏按批次受理，当年的申报时间${byYearlyNotice}。`, '当年申报时间未核实'),
    materials: cited(
      '高新技术企业认定申请书；企业依法成立的注册登记证件；知识产权、科研项目立项证明、科技成果转化、研究开发组织管理等材料；' +
        '高新技术产品（服务）的关键技术和技术指标、生产批文、认证认可和资质证书、产品质量检验报告等材料；企业职工和科技人员情况说明；' +
        '中介机构出具的近三个会计年度研究开发费用和近一个会计年度高新技术产品（服务）收入专项审计或鉴证报告，附研究开发活动说明；' +
        '中介机构鉴证的近三个会计年度财务会计报告；近三个会计年度企业所得税年度纳税申报表。',
      `${measures}第十二条`,
      notCheckedAgainstText,
    ),
    office: cited(
      `宁夏的高新技术企业认定机构（由自治区科技、财政、税务部门组成，办公室设在自治区科学技术厅）；石嘴山市科学技术局可以咨询。${phoneUnverified}`,
      `${measures}第六条`,
      notCheckedAgainstText,
    ),
  },
  benefit(profile) {
    const profit = readNumber(profile, 'profitLastYear');
    const basis = '减按 15% 的税率缴纳企业所得税（一般企业为 25%），资格有效期三年';
    if (profit === undefined) {
      return {
        summary: `${basis}；填写“最近一年应纳税所得额”后可估算少缴的税款（按应纳税所得额的 10% 估算）。`,
        estimateYuan: null,
      };
    }
    if (profit <= 0) {
      return {
        summary: `${basis}。最近一年应纳税所得额为 0 或亏损，当年不用缴企业所得税，减按 15% 也就不会少缴税款。`,
        estimateYuan: 0,
      };
    }
    return {
      summary: `${basis}；估算按最近一年应纳税所得额的 10%（25% 与 15% 之差）计算少缴税款。小型微利企业等适用更低税率的，实际少缴的税款会更少。`,
      estimateYuan: Math.round(profit / 10),
    };
  },
};
