import { percentGap } from '../arith';
import {
  citing,
  fail,
  fieldLabel,
  flagCriterion,
  pass,
  readBoolean,
  readCertifications,
  readNumber,
  unknown,
  type BooleanField,
} from '../criteria';
import { formatPercent } from '../format';
import type { EnterpriseProfile, ProfileField } from '../profile';
import type { Criterion, Policy, ThresholdGap } from '../types';
import {
  auditTaxCollection,
  industryNotExcluded,
  notCreditListed,
  notice119,
  residentEnterprise,
  smeSizeCaps,
} from './common-criteria';
import {
  ipPart,
  rdPart,
  techSmePassScore,
  techSmeScore,
  techSmeScoreAdvice,
  techStaffPart,
} from './tech-sme-score';
import { byYearlyNotice, cited, notCheckedAgainstText, phoneUnverified, uncited } from './application';

const measures = '《科技型中小企业评价办法》（国科发政〔2017〕115号）';
const article = (text: string) => `${measures}${text}`;
/** The 2022 guidance: its own document, not a revision of 115号. */
const guide = '《科技型中小企业评价服务工作指引》（国科火字〔2022〕67号）';
const guideArticleUnverified = '《科技型中小企业评价服务工作指引》中的条款序号待核对';

const scoreFields: readonly ProfileField[] = [
  'techStaff',
  'employees',
  'rdExpenseLastYear',
  'revenueLastYear',
  'totalCostsLastYear',
  'ipClassI',
  'ipClassII',
];

/** 第八条: with 第六条（一）至（四） met, any one of these confirms the firm without the score. */
const directRoutes: ReadonlyArray<{ field: ProfileField; item: string; text: string }> = [
  { field: 'certifications', item: '（一）', text: '持有有效期内的高新技术企业资格证书' },
  { field: 'nationalAward', item: '（二）', text: '近五年内获得过国家级科技奖励，并在获奖单位中排名前三' },
  { field: 'provincialRdInstitution', item: '（三）', text: '拥有经认定的省部级以上研发机构' },
  { field: 'ledStandard', item: '（四）', text: '近五年内主导制定过国际标准、国家标准或行业标准' },
];

/** Whether the profile says the firm takes a direct route: undefined while unanswered. */
function takesRoute(profile: EnterpriseProfile, field: ProfileField): boolean | undefined {
  if (field === 'certifications') return readCertifications(profile)?.includes('high-tech');
  return readBoolean(profile, field as BooleanField);
}

const criterionFields: readonly ProfileField[] = [...scoreFields, ...directRoutes.map((r) => r.field)];

const inFieldOrder = (fields: Iterable<ProfileField>): ProfileField[] => {
  const wanted = new Set(fields);
  return criterionFields.filter((field) => wanted.has(field));
};

const scoreOrDirect: Criterion = {
  id: 'score-or-direct',
  label: '评价得分不低于 60 分或直接确认',
  description:
    '按科技人员（20 分）、研发投入（50 分）、科技成果（30 分）三类指标综合评价，得分不低于 60 分且科技人员指标不得为 0 分。' +
    '满足基本条件、且有下列情形之一的，可不看得分直接确认：持有有效期内的高新技术企业资格证书；近五年内获得过国家级科技奖励并在获奖单位中排名前三；' +
    '拥有经认定的省部级以上研发机构；近五年内主导制定过国际标准、国家标准或行业标准。',
  fields: criterionFields,
  evaluate(profile) {
    const taken = directRoutes.find((route) => takesRoute(profile, route.field) === true);
    if (taken) {
      return pass(
        citing(
          `${taken.text}，可直接确认符合评价条件，无需看得分（其他基本条件仍须满足）`,
          article(`第八条${taken.item}`),
        ),
      );
    }
    const open = directRoutes.filter((route) => takesRoute(profile, route.field) === undefined);
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
      open.length > 0
        ? `；如${open.map((route) => route.text).join('，或')}，可不看得分直接确认（${measures}第八条），请回答${open
            .map((route) => `“${fieldLabel(route.field)}”`)
            .join('')}`
        : '';
    const openFields = open.map((route) => route.field);
    if (!failsByScore) {
      const missing = inFieldOrder([...parts.flatMap((p) => p.missing), ...openFields]);
      const ask = missing
        .filter((f) => !openFields.includes(f))
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
    if (open.length > 0) return unknown(citing(`${reason}${askDirect}`, source), openFields);
    return fail(citing(`${reason}，也没有可直接确认的情形`, source), gap);
  },
};

export const techSme: Policy = {
  id: 'tech-sme',
  name: '科技型中小企业评价',
  category: 'certification',
  level: 'national',
  issuer: '科技部 财政部 国家税务总局',
  summary:
    '职工不超过 500 人、年销售收入和资产总额均不超过 2 亿元、实行查账征收的居民企业，按科技人员、研发投入、科技成果三类指标自主评价，' +
    '得分不低于 60 分（或持有高新技术企业资格等可直接确认的情形）即可入库，取得登记编号；入库信息须每年更新。',
  // 第十七条: 自发布之日起施行 (2017-05-03).
  validFrom: '2017-05-03',
  validTo: null,
  sources: [
    { title: '科技型中小企业评价办法', docNumber: '国科发政〔2017〕115号' },
    { title: '科技型中小企业评价服务工作指引', docNumber: '国科火字〔2022〕67号' },
  ],
  verified: true,
  criteria: [
    residentEnterprise(article('第六条（一）')),
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
    {
      ...auditTaxCollection(
        guide,
        '企业所得税实行核定征收，不符合科技型中小企业“会计核算健全、实行查账征收”的基本条件',
      ),
      unverified: guideArticleUnverified,
    },
    {
      ...industryNotExcluded(`${guide}及${notice119}第四条`),
      unverified: guideArticleUnverified,
    },
    flagCriterion({
      id: 'no-serious-incident',
      label: '填报上一年及当年内无重大事故和严重违法失信行为',
      description: '只看填报的上一年和当年：未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为。',
      field: 'seriousIncident',
      wanted: false,
      source: article('第六条（四）'),
      question:
        '请按填报上一年及当年内的情况回答“是否发生重大安全、质量事故或严重环境违法、科研严重失信行为”',
      passText: '填报上一年及当年内未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为',
      failText: '填报上一年及当年内发生过重大安全、重大质量事故或严重环境违法、科研严重失信行为',
    }),
    notCreditListed(article('第六条（四）')),
    scoreOrDirect,
  ],
  obligations: [
    {
      id: 'yearly-update',
      text: '入库后每年 3 月底前须在评价系统中更新企业信息，逾期未更新的，入库资格失效。',
      source: `${measures}、${guide}`,
      unverified: '条款序号待核对',
    },
  ],
  application: {
    channel: cited(
      '在“全国科技型中小企业信息服务平台”（科技部政务服务平台“科技型中小企业评价”事项）注册，对照评价办法自主评价、在线填报企业信息；' +
        '经公示无异议的，纳入全国科技型中小企业信息库，取得入库登记编号。',
      article('第四条'),
      `${notCheckedAgainstText}；平台入口以科技部当年通知为准`,
    ),
    timing: uncited(
      `全年可注册填报；当年提交信息表的截止时间${byYearlyNotice}。入库后每年 3 月底前须更新信息（见“取得资格后每年要做的事”）。`,
      '当年截止时间未核实',
    ),
    materials: cited(
      `在线填写《科技型中小企业信息表》，并上传法定代表人签章、加盖企业公章的信息表扫描件；其他证明材料（知识产权、研发费用等）按平台填报说明准备（未核实）。`,
      guide,
      `${notCheckedAgainstText}；证明材料清单未核实`,
    ),
    office: cited(
      `自治区科学技术厅组织实施本地区的评价工作，科技部火炬高技术产业开发中心负责服务平台；石嘴山市科学技术局可以咨询。${phoneUnverified}`,
      article('第三条、第四条'),
      notCheckedAgainstText,
    ),
  },
  score(profile) {
    return techSmeScore(profile)?.total ?? null;
  },
  scoreAdvice: techSmeScoreAdvice,
  benefit() {
    return {
      summary:
        '评价入库后取得科技型中小企业登记编号，可作为享受相关科技政策、申请“宁科贷”等科技金融产品的资质条件。',
      estimateYuan: null,
    };
  },
};
