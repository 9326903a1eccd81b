import { districtCodes, districtNames, type ProfileField } from '@szkc/shared';

// The eligibility form, in the order a finance manager finds the figures: the business licence,
// the staff list, the statements, the R&D ledger, the IP certificates, the compliance record.

export type FieldKind =
  | 'money' // 万元 in the form, yuan in the profile
  | 'count' // people, patents
  | 'score' // 0..100
  | 'text'
  | 'creditCode'
  | 'industry'
  | 'region'
  | 'date'
  | 'flag' // 是 / 否, or not answered
  | 'tax'
  | 'certifications';

export interface FieldSpec {
  field: ProfileField;
  kind: FieldKind;
  placeholder?: string;
  /** Where to find the figure or what it includes, in a line. */
  hint?: string;
  /** Why to fill it in when no policy still needs it (it is not a criterion). */
  purpose?: string;
}

export interface StepSpec {
  id: string;
  title: string;
  intro?: string;
  fields: FieldSpec[];
}

export const formSteps: StepSpec[] = [
  {
    id: 'basic',
    title: '基本信息',
    fields: [
      {
        field: 'name',
        kind: 'text',
        placeholder: '如 石嘴山市某某科技有限公司',
        purpose: '保存和生成结果图片时使用',
      },
      {
        field: 'creditCode',
        kind: 'creditCode',
        placeholder: '18 位，见营业执照',
        purpose: '保存企业信息时需要',
      },
      { field: 'regionCode', kind: 'region', hint: '以营业执照的登记机关所在地为准' },
      { field: 'establishedOn', kind: 'date', hint: '营业执照上的成立日期' },
      { field: 'isResidentEnterprise', kind: 'flag', hint: '在中国境内（不含港澳台）注册的企业选“是”' },
      {
        field: 'industryCode',
        kind: 'industry',
        placeholder: '如 C39',
        hint: '主营业务的行业门类字母加两位大类代码，如 C39 计算机、通信和其他电子设备制造业',
      },
      {
        field: 'taxCollection',
        kind: 'tax',
        hint: '按账本算实际利润交税的是“查账征收”；税务局直接定一个税额或利润率的是“核定征收”',
      },
      {
        field: 'paysTaxInShizuishan',
        kind: 'flag',
        hint: '企业的税由石嘴山市（大武口区、惠农区、平罗县）的税务局收，就选“是”',
      },
    ],
  },
  {
    id: 'staff',
    title: '人员',
    fields: [
      {
        field: 'employees',
        kind: 'count',
        placeholder: '人数',
        hint: '含在职、兼职和临时聘用人员（全年在岗 183 天以上）',
      },
      {
        field: 'techStaff',
        kind: 'count',
        placeholder: '人数',
        hint: '直接从事研发和技术创新活动、以及为其提供直接技术服务的人员',
      },
    ],
  },
  {
    id: 'revenue',
    title: '收入与资产',
    intro: '金额单位：万元，按财务报表填写，最多两位小数。',
    fields: [
      { field: 'revenueLastYear', kind: 'money', hint: '上一会计年度的销售收入' },
      { field: 'revenue3Years', kind: 'money', hint: '近三个会计年度合计；成立不足三年的按实际年数' },
      { field: 'totalIncomeLastYear', kind: 'money', hint: '收入总额减去不征税收入' },
      { field: 'highTechRevenueLastYear', kind: 'money', hint: '其中属于高新技术产品（服务）的收入' },
      { field: 'totalAssets', kind: 'money', hint: '上一会计年度末的资产总额' },
      {
        field: 'profitLastYear',
        kind: 'money',
        hint: '上一年度的应纳税所得额，按还没做研发费用加计扣除时的数填；亏损时填 0',
        purpose: '用于估算可少缴的企业所得税',
      },
    ],
  },
  {
    id: 'rd',
    title: '研发投入',
    intro: '金额单位：万元，按研发费用辅助账填写，最多两位小数。',
    fields: [
      { field: 'rdExpenseLastYear', kind: 'money', hint: '上一会计年度的研发费用' },
      { field: 'rdExpense3Years', kind: 'money', hint: '近三个会计年度合计' },
      { field: 'rdExpenseDomestic3Years', kind: 'money', hint: '上一项中在中国境内发生的部分' },
      { field: 'totalCostsLastYear', kind: 'money', hint: '上一会计年度的成本费用支出总额' },
    ],
  },
  {
    id: 'ip',
    title: '知识产权与资质',
    fields: [
      {
        field: 'ipClassI',
        kind: 'count',
        placeholder: '件数',
        hint: '发明专利、植物新品种、集成电路布图设计专有权等',
      },
      {
        field: 'ipClassII',
        kind: 'count',
        placeholder: '件数',
        hint: '实用新型专利、外观设计专利、软件著作权等',
      },
      { field: 'hasCoreIp', kind: 'flag', hint: '对主要产品（服务）在技术上发挥核心支持作用的知识产权' },
      { field: 'inSupportedHighTechField', kind: 'flag' },
      {
        field: 'innovationScore',
        kind: 'score',
        placeholder: '0～100',
        hint: '按《高新技术企业认定管理工作指引》自评',
      },
      { field: 'certifications', kind: 'certifications', hint: '在有效期内的资质，可多选' },
      {
        field: 'nationalAward',
        kind: 'flag',
        hint: '指国家自然科学奖、国家技术发明奖、国家科学技术进步奖这类国家级奖励，且企业在获奖单位名单里排前三名',
      },
      {
        field: 'provincialRdInstitution',
        kind: 'flag',
        hint: '经自治区（省）级以上部门认定挂牌的研发机构，如重点实验室、工程技术研究中心、企业技术中心',
      },
      {
        field: 'ledStandard',
        kind: 'flag',
        hint: '企业牵头起草、不只是参与的标准；只算国际标准、国家标准、行业标准，地方标准、团体标准、企业标准不算',
      },
      {
        field: 'inFinancingDemandPool',
        kind: 'flag',
        hint: '企业已在自治区科技部门的“科技企业融资需求库”登记过贷款需求的选“是”；不清楚可以问市科技局',
      },
    ],
  },
  {
    id: 'compliance',
    title: '合规情况',
    intro: '按实际情况选择，每项下面有说明。',
    fields: [
      {
        field: 'seriousIncident',
        kind: 'flag',
        hint: '按上一年和今年的情况选。高新技术企业只看申请前一年内，科技型中小企业看上一年和今年',
      },
      { field: 'creditListed', kind: 'flag' },
      { field: 'restrictedIndustry', kind: 'flag' },
      {
        field: 'legalRepBadCredit',
        kind: 'flag',
        hint: '如贷款逾期没还、被法院列为失信被执行人等；可在个人征信报告或“信用中国”网站查到',
      },
    ],
  },
];

export const fieldSpecs: FieldSpec[] = formSteps.flatMap((step) => step.fields);

/** Index of the step that asks for a field. */
export const stepOfField = (field: ProfileField): number =>
  formSteps.findIndex((step) => step.fields.some((spec) => spec.field === field));

/** The 石嘴山 districts offered as one tap; any other place is typed as its 6-digit code. */
export const regionChoices = districtCodes.map((code) => ({ code, label: districtNames[code] }));
