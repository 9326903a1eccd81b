import {
  askUnknown,
  citing,
  fail,
  flagCriterion,
  pass,
  readBoolean,
  readCertifications,
  regionCriterion,
  unknown,
} from '../criteria';
import { certificationNames, type Certification } from '../values';
import { notCreditListed, smeSizeCaps } from './common-criteria';
import type { Criterion, Policy } from '../types';
import { byYearlyNotice, heldNoText, phoneUnverified, uncited } from './application';

const measures = '《宁夏科技型中小企业风险补偿贷款管理办法》（2025年10月15日印发）';
const unconfirmed = '尚未与管理办法现行文本逐条核对，条款序号待核对';

const qualifying: readonly Certification[] = ['high-tech', 'tech-giant', 'agri-high-tech', 'tech-sme'];
const qualifyingText = '高新技术企业、自治区科技小巨人企业、自治区农业高新技术企业或科技型中小企业';

/** A qualifying certification, or the firm's place in the 宁夏科技企业融资需求库: either route. */
const techQualification: Criterion = {
  id: 'tech-qualification',
  label: '具有科技企业资质或已进入融资需求库',
  description: `为${qualifyingText}之一，或已进入宁夏科技企业融资需求库。`,
  fields: ['certifications', 'inFinancingDemandPool'],
  unverified: unconfirmed,
  evaluate(profile) {
    const held = readCertifications(profile);
    const inPool = readBoolean(profile, 'inFinancingDemandPool');
    const names = qualifying.filter((c) => held?.includes(c)).map((c) => certificationNames[c]);
    if (names.length > 0) return pass(citing(`具有${names.join('、')}资质`, measures));
    if (inPool === true) return pass(citing('已进入宁夏科技企业融资需求库', measures));
    if (held === undefined) {
      return askUnknown(
        inPool === undefined ? ['certifications', 'inFinancingDemandPool'] : ['certifications'],
        measures,
      );
    }
    if (inPool === undefined) {
      return unknown(
        citing(
          `尚无${qualifyingText}资质；如已进入宁夏科技企业融资需求库也可申请，请回答“是否已进入宁夏科技企业融资需求库”`,
          measures,
        ),
        ['inFinancingDemandPool'],
      );
    }
    return fail(
      citing(
        `尚无${qualifyingText}资质，也未进入宁夏科技企业融资需求库（可先参加科技型中小企业评价，或向科技部门申请进入融资需求库）`,
        measures,
      ),
    );
  },
};

export const ningkedai: Policy = {
  id: 'ningkedai',
  name: '宁科贷（宁夏科技型中小企业风险补偿贷款）',
  category: 'loan',
  level: 'region',
  issuer: '宁夏回族自治区科学技术厅 宁夏回族自治区财政厅 中国人民银行宁夏回族自治区分行',
  summary:
    '自治区和市县（区）共同设立风险补偿资金，引导合作银行向科技型中小企业发放贷款并分担本金损失。贷款额度、期限和利率以主管部门最新文件为准。',
  // The measures' issue date is not its first day in force; that day is 待核对.
  validFrom: null,
  validTo: null,
  sources: [{ title: '宁夏科技型中小企业风险补偿贷款管理办法', docNumber: null }],
  verified: false,
  criteria: [
    regionCriterion({
      id: 'registered-in-ningxia',
      label: '在宁夏注册',
      description: '在宁夏回族自治区内依法注册登记（注册地行政区划代码以 64 开头）。',
      prefix: '64',
      placeName: '宁夏回族自治区',
      source: measures,
    }),
    ...smeSizeCaps(measures),
    techQualification,
    notCreditListed(measures),
    flagCriterion({
      id: 'legal-rep-credit',
      label: '法定代表人无不良信用记录',
      description: '企业法定代表人没有不良信用记录。',
      field: 'legalRepBadCredit',
      wanted: false,
      source: measures,
      passText: '法定代表人没有不良信用记录',
      failText: '法定代表人有不良信用记录',
      unverified: unconfirmed,
    }),
    flagCriterion({
      id: 'no-serious-incident',
      label: '无重大事故和严重违法失信行为',
      description: '未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为。',
      field: 'seriousIncident',
      wanted: false,
      source: measures,
      passText: '未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为',
      failText: '发生过重大安全、重大质量事故或严重环境违法、科研严重失信行为',
    }),
  ],
  obligations: [],
  application: {
    channel: uncited(`向“宁科贷”合作银行申请贷款；合作银行名单${byYearlyNotice}。`, heldNoText),
    timing: uncited(`申报时间${byYearlyNotice}。`, heldNoText),
    materials: uncited(`申报材料${byYearlyNotice}。`, heldNoText),
    office: uncited(
      `宁夏回族自治区科学技术厅、财政厅和中国人民银行宁夏回族自治区分行（发布单位）；石嘴山市科学技术局可以咨询。${phoneUnverified}`,
      heldNoText,
    ),
  },
  benefit() {
    return {
      summary: '可向合作银行申请“宁科贷”，由风险补偿资金分担贷款风险；贷款额度和利率以主管部门最新文件为准。',
      estimateYuan: null,
    };
  },
};
