import { regionCriterion } from '../criteria';
import type { Policy } from '../types';
import { byYearlyNotice, heldNoText, phoneUnverified, uncited } from './application';

const measures = '《宁夏回族自治区科技创新券管理暂行办法》';

export const innovationVoucher: Policy = {
  id: 'innovation-voucher',
  name: '宁夏科技创新券',
  category: 'voucher',
  level: 'region',
  issuer: '宁夏回族自治区科学技术厅',
  summary:
    '在宁夏注册的企业可申领科技创新券，向已登记的科技服务机构购买科技服务时抵扣部分费用。支持额度和比例以主管部门最新文件为准。',
  // No text we hold gives the first day in force (待核对).
  validFrom: null,
  validTo: null,
  sources: [{ title: '宁夏回族自治区科技创新券管理暂行办法', docNumber: null }],
  verified: false,
  criteria: [
    regionCriterion({
      id: 'registered-in-ningxia',
      label: '在宁夏注册',
      description:
        '在宁夏回族自治区注册的企业（注册地行政区划代码以 64 开头），向已登记的科技服务机构购买科技服务。',
      prefix: '64',
      placeName: '宁夏回族自治区',
      source: measures,
    }),
  ],
  obligations: [],
  application: {
    channel: uncited(`申领和使用科技创新券的方式${byYearlyNotice}。`, heldNoText),
    timing: uncited(`申报时间${byYearlyNotice}。`, heldNoText),
    materials: uncited(`申报材料${byYearlyNotice}。`, heldNoText),
    office: uncited(
      `宁夏回族自治区科学技术厅（发布单位）；石嘴山市科学技术局可以咨询。${phoneUnverified}`,
      heldNoText,
    ),
  },
  benefit() {
    return {
      summary: '购买科技服务时按规定抵扣部分费用，具体额度和比例以主管部门最新文件为准。',
      estimateYuan: null,
    };
  },
};
