import {
  askUnknown,
  citing,
  fail,
  flagCriterion,
  pass,
  readCertifications,
  regionCriterion,
} from '../criteria';
import { certificationNames, type Certification } from '../profile';
import { notCreditListed, smeSizeCaps } from './common-criteria';
import type { Criterion, Policy } from '../types';

const measures = '《宁夏科技型中小企业风险补偿贷款管理办法》（2025年10月15日印发）';

const qualifying: readonly Certification[] = ['high-tech', 'tech-giant', 'agri-high-tech', 'tech-sme'];

const techQualification: Criterion = {
  id: 'tech-qualification',
  label: '具有科技企业资质',
  description: '为国家高新技术企业、自治区科技小巨人企业、自治区农业高新技术企业或科技型中小企业之一。',
  fields: ['certifications'],
  evaluate(profile) {
    const held = readCertifications(profile);
    if (held === undefined) return askUnknown(['certifications'], measures);
    const names = qualifying.filter((c) => held.includes(c)).map((c) => certificationNames[c]);
    return names.length > 0
      ? pass(citing(`具有${names.join('、')}资质`, measures))
      : fail(
          citing(
            '尚无高新技术企业、自治区科技小巨人企业、自治区农业高新技术企业或科技型中小企业资质（可先参加科技型中小企业评价）',
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
  validFrom: '2025-10-15',
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
  benefit() {
    return {
      summary: '可向合作银行申请“宁科贷”，由风险补偿资金分担贷款风险；贷款额度和利率以主管部门最新文件为准。',
      estimateYuan: null,
    };
  },
};
