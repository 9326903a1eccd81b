// The policies' value lists, their Chinese names and the profile's field labels, without zod: the
// engine and the catalog use them, and need not build the profile's schemas (module init, issue 10).

/** Money in integer yuan; 1e13 yuan (10 万亿) is far above any enterprise and keeps x*100 exact. */
export const maxYuan = 10_000_000_000_000;
export const certificationValues = ['high-tech', 'tech-sme', 'tech-giant', 'agri-high-tech'] as const;
export type Certification = (typeof certificationValues)[number];

export const certificationNames: Record<Certification, string> = {
  'high-tech': '高新技术企业',
  'tech-sme': '科技型中小企业',
  'tech-giant': '自治区科技小巨人企业',
  'agri-high-tech': '自治区农业高新技术企业',
};

export const taxCollectionValues = ['audit', 'assessed'] as const;
export type TaxCollection = (typeof taxCollectionValues)[number];
export const taxCollectionNames: Record<TaxCollection, string> = {
  audit: '查账征收',
  assessed: '核定征收',
};

/** Chinese names of the profile fields, for the form and for「还需填写」lists. */
export const profileFieldLabels = {
  creditCode: '统一社会信用代码',
  name: '企业名称',
  regionCode: '注册地行政区划代码',
  establishedOn: '注册成立日期',
  isResidentEnterprise: '是否为境内注册的居民企业',
  employees: '职工总数',
  techStaff: '科技人员数',
  revenueLastYear: '最近一年销售收入',
  revenue3Years: '近三个会计年度销售收入总额',
  rdExpenseLastYear: '最近一年研发费用',
  rdExpense3Years: '近三个会计年度研发费用总额',
  rdExpenseDomestic3Years: '近三个会计年度境内研发费用',
  totalCostsLastYear: '最近一年成本费用支出总额',
  totalAssets: '资产总额',
  highTechRevenueLastYear: '最近一年高新技术产品（服务）收入',
  totalIncomeLastYear: '最近一年总收入',
  ipClassI: 'Ⅰ类知识产权数量',
  ipClassII: 'Ⅱ类知识产权数量',
  hasCoreIp: '是否拥有支撑主要产品的核心知识产权',
  inSupportedHighTechField: '核心技术是否属于《国家重点支持的高新技术领域》',
  innovationScore: '企业创新能力自评得分',
  seriousIncident: '是否发生重大安全、质量事故或严重环境违法、科研严重失信行为',
  creditListed: '是否列入经营异常名录或严重违法失信名单',
  restrictedIndustry: '产品或服务是否属于禁止、限制和淘汰类',
  industryCode: '国民经济行业代码',
  taxCollection: '企业所得税征收方式',
  certifications: '已获资质',
  profitLastYear: '最近一年应纳税所得额',
  nationalAward: '近五年内是否获得国家级科技奖励并在获奖单位中排名前三',
  provincialRdInstitution: '是否拥有经认定的省部级以上研发机构',
  ledStandard: '近五年内是否主导制定过国际标准、国家标准或行业标准',
  inFinancingDemandPool: '是否已进入宁夏科技企业融资需求库',
  legalRepBadCredit: '法定代表人是否有不良信用记录',
  paysTaxInShizuishan: '是否在石嘴山市依法纳税',
} as const;

/** Fields held in yuan; the form shows and takes them in 万元. */
export const moneyProfileFields = [
  'revenueLastYear',
  'revenue3Years',
  'rdExpenseLastYear',
  'rdExpense3Years',
  'rdExpenseDomestic3Years',
  'totalCostsLastYear',
  'totalAssets',
  'highTechRevenueLastYear',
  'totalIncomeLastYear',
  'profitLastYear',
] as const;

export const policyIdValues = [
  'high-tech-enterprise',
  'tech-sme',
  'rd-super-deduction',
  'innovation-voucher',
  'ningkedai',
  'shizuishan-tech-loan',
] as const;
export type PolicyId = (typeof policyIdValues)[number];

export const policyLevelValues = ['national', 'region', 'city'] as const;
export type PolicyLevel = (typeof policyLevelValues)[number];
export const policyLevelNames: Record<PolicyLevel, string> = {
  national: '国家级',
  region: '自治区级',
  city: '市级',
};

export const policyCategoryValues = ['certification', 'tax', 'voucher', 'loan'] as const;
export type PolicyCategory = (typeof policyCategoryValues)[number];
export const policyCategoryNames: Record<PolicyCategory, string> = {
  certification: '资质认定',
  tax: '税收优惠',
  voucher: '创新券',
  loan: '科技金融',
};

export const verdictValues = ['eligible', 'ineligible', 'incomplete'] as const;
export type Verdict = (typeof verdictValues)[number];
export const verdictNames: Record<Verdict, string> = {
  eligible: '符合',
  ineligible: '不符合',
  incomplete: '信息不全',
};

export const outcomeValues = ['pass', 'fail', 'unknown'] as const;
export type Outcome = (typeof outcomeValues)[number];
