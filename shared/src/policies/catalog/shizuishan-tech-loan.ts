import { regionCriterion } from '../criteria';
import type { Policy } from '../types';
import { notCreditListed } from './common-criteria';

const measures = '《石嘴山市“科技创新贷”业务管理暂行办法》';

export const shizuishanTechLoan: Policy = {
  id: 'shizuishan-tech-loan',
  name: '石嘴山市科技创新贷',
  category: 'loan',
  level: 'city',
  issuer: '石嘴山市科学技术局',
  summary:
    '基于“科技担保子基金”的科技企业信贷产品，由合作融资担保机构提供担保、合作银行放款。贷款额度、担保费率和利率以主管部门最新文件为准。',
  validFrom: '2025-01-01',
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
    notCreditListed(measures),
  ],
  benefit() {
    return {
      summary:
        '可经合作担保机构担保向合作银行申请“科技创新贷”；贷款额度、担保费率和利率以主管部门最新文件为准。',
      estimateYuan: null,
    };
  },
};
