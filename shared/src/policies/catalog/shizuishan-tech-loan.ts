import {
  askUnknown,
  citing,
  fail,
  flagCriterion,
  pass,
  readCertifications,
  regionCriterion,
} from '../criteria';
import { certificationNames, certificationValues } from '../values';
import type { Criterion, Policy } from '../types';
import { notCreditListed } from './common-criteria';
import { byYearlyNotice, heldNoText, phoneUnverified, uncited } from './application';

const measures = '《石嘴山市“科技创新贷”业务管理暂行办法》';
const unconfirmed = '尚未与暂行办法现行文本逐条核对，条款序号待核对';

/** 科技型企业: read as holding one of the certifications the profile knows (口径待核对). */
const techEnterprise: Criterion = {
  id: 'tech-enterprise',
  label: '属于科技型企业',
  description:
    '贷款对象为科技型企业（如高新技术企业、科技型中小企业、自治区科技小巨人企业、自治区农业高新技术企业）。',
  fields: ['certifications'],
  unverified: '“科技型企业”的认定口径待核对',
  evaluate(profile) {
    const held = readCertifications(profile);
    if (held === undefined) return askUnknown(['certifications'], measures);
    const names = certificationValues.filter((c) => held.includes(c)).map((c) => certificationNames[c]);
    return names.length > 0
      ? pass(citing(`具有${names.join('、')}资质，属于科技型企业`, measures))
      : fail(
          citing(
            '尚无高新技术企业、科技型中小企业等科技企业资质；“科技型企业”的具体口径以主管部门最新文件为准，可先参加科技型中小企业评价',
            measures,
          ),
        );
  },
};

export const shizuishanTechLoan: Policy = {
  id: 'shizuishan-tech-loan',
  name: '石嘴山市科技创新贷',
  category: 'loan',
  level: 'city',
  issuer: '石嘴山市科学技术局',
  summary:
    '基于“科技担保子基金”的科技企业信贷产品，由合作融资担保机构提供担保、合作银行放款。贷款额度、担保费率和利率以主管部门最新文件为准。',
  // No text we hold gives the first day in force (待核对).
  validFrom: null,
  validTo: null,
  sources: [
    { title: '石嘴山市“科技创新贷”业务管理暂行办法', docNumber: null },
    { title: '宁夏科技担保基金管理办法', docNumber: '宁财规发〔2022〕5号' },
  ],
  verified: false,
  criteria: [
    regionCriterion({
      id: 'registered-in-shizuishan',
      label: '在石嘴山市注册',
      description: '在石嘴山市注册的科技企业（注册地行政区划代码以 6402 开头：大武口区、惠农区、平罗县）。',
      prefix: '6402',
      placeName: '石嘴山市',
      source: measures,
    }),
    techEnterprise,
    flagCriterion({
      id: 'pays-tax-in-shizuishan',
      label: '在石嘴山市依法纳税',
      description: '在石嘴山市依法纳税（主管税务机关在石嘴山市）。',
      field: 'paysTaxInShizuishan',
      wanted: true,
      source: measures,
      passText: '在石嘴山市依法纳税',
      failText: '不在石嘴山市纳税',
      unverified: unconfirmed,
    }),
    notCreditListed(measures),
  ],
  obligations: [],
  application: {
    channel: uncited(
      `经合作融资担保机构担保，向合作银行申请“科技创新贷”；合作机构${byYearlyNotice}。`,
      heldNoText,
    ),
    timing: uncited(`申报时间${byYearlyNotice}。`, heldNoText),
    materials: uncited(`申报材料${byYearlyNotice}。`, heldNoText),
    office: uncited(`石嘴山市科学技术局（发布单位）。${phoneUnverified}`, heldNoText),
  },
  benefit() {
    return {
      summary:
        '可经合作担保机构担保向合作银行申请“科技创新贷”；贷款额度、担保费率和利率以主管部门最新文件为准。',
      estimateYuan: null,
    };
  },
};
