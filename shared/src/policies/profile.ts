import { creditCodeMessages, creditCodeProblem } from '../credit-code';
import { isCalendarDate } from '../time';
import * as z from '../zod';
import {
  maxYuan,
  certificationValues,
  taxCollectionValues,
  profileFieldLabels,
  policyIdValues,
  policyLevelValues,
  policyCategoryValues,
  verdictValues,
  outcomeValues,
} from './values';

const maxPeople = 10_000_000;
const maxIpCount = 1_000_000;

const label = (field: keyof typeof profileFieldLabels) => profileFieldLabels[field];

const money = (field: keyof typeof profileFieldLabels, { allowNegative = false } = {}) =>
  z
    .number({ error: `${label(field)}应为数字（单位：元）` })
    .int(`${label(field)}应为整数（单位：元）`)
    .min(
      allowNegative ? -maxYuan : 0,
      allowNegative ? `${label(field)}超出合理范围` : `${label(field)}不能为负数`,
    )
    .max(maxYuan, `${label(field)}超出合理范围`);

const count = (field: keyof typeof profileFieldLabels, max: number) =>
  z
    .number({ error: `${label(field)}应为数字` })
    .int(`${label(field)}应为整数`)
    .min(0, `${label(field)}不能为负数`)
    .max(max, `${label(field)}超出合理范围`);

const flag = (field: keyof typeof profileFieldLabels) =>
  z.boolean({ error: `${label(field)}应为“是”或“否”` });

const calendarDate = (what: string) =>
  z
    .string({ error: `${what}应为日期（YYYY-MM-DD）` })
    .refine(isCalendarDate, `${what}应为有效日期（YYYY-MM-DD）`);

const profileShape = {
  creditCode: z
    .string({ error: '统一社会信用代码应为文本' })
    .trim()
    .toUpperCase()
    .superRefine((code, ctx) => {
      const problem = creditCodeProblem(code);
      if (problem) ctx.addIssue({ code: 'custom', message: creditCodeMessages[problem] });
    }),
  name: z
    .string({ error: '企业名称应为文本' })
    .trim()
    .min(1, '企业名称不能为空')
    .max(100, '企业名称不能超过 100 个字'),
  regionCode: z
    .string({ error: '注册地行政区划代码应为文本' })
    .regex(/^\d{6}$/, '注册地行政区划代码应为 6 位数字（如石嘴山市大武口区 640202）'),
  establishedOn: calendarDate('注册成立日期'),
  isResidentEnterprise: flag('isResidentEnterprise'),
  employees: count('employees', maxPeople),
  techStaff: count('techStaff', maxPeople),
  revenueLastYear: money('revenueLastYear'),
  revenue3Years: money('revenue3Years'),
  rdExpenseLastYear: money('rdExpenseLastYear'),
  rdExpense3Years: money('rdExpense3Years'),
  rdExpenseDomestic3Years: money('rdExpenseDomestic3Years'),
  totalCostsLastYear: money('totalCostsLastYear'),
  totalAssets: money('totalAssets'),
  highTechRevenueLastYear: money('highTechRevenueLastYear'),
  totalIncomeLastYear: money('totalIncomeLastYear'),
  ipClassI: count('ipClassI', maxIpCount),
  ipClassII: count('ipClassII', maxIpCount),
  hasCoreIp: flag('hasCoreIp'),
  inSupportedHighTechField: flag('inSupportedHighTechField'),
  innovationScore: z
    .number({ error: '企业创新能力自评得分应为数字' })
    .int('企业创新能力自评得分应为整数')
    .min(0, '企业创新能力自评得分应在 0 到 100 之间')
    .max(100, '企业创新能力自评得分应在 0 到 100 之间'),
  seriousIncident: flag('seriousIncident'),
  creditListed: flag('creditListed'),
  restrictedIndustry: flag('restrictedIndustry'),
  industryCode: z
    .string({ error: '国民经济行业代码应为文本' })
    .regex(/^[A-T]\d{2}$/, '国民经济行业代码应为门类字母加两位大类代码（如 C39、F51）'),
  taxCollection: z.enum(taxCollectionValues, {
    error: '企业所得税征收方式应为查账征收（audit）或核定征收（assessed）',
  }),
  certifications: z
    .array(
      z.enum(certificationValues, {
        error: '资质只能是 high-tech、tech-sme、tech-giant 或 agri-high-tech',
      }),
      { error: '已获资质应为列表' },
    )
    .max(certificationValues.length, '已获资质不能重复')
    .refine((list) => new Set(list).size === list.length, '已获资质不能重复'),
  // A loss is a negative taxable profit; the benefit estimate treats it as no tax saved.
  profitLastYear: money('profitLastYear', { allowNegative: true }),
  // 科技型中小企业 direct routes (国科发政〔2017〕115号 第八条（二）至（四）).
  nationalAward: flag('nationalAward'),
  provincialRdInstitution: flag('provincialRdInstitution'),
  ledStandard: flag('ledStandard'),
  // Conditions the regional loans name (宁科贷, 石嘴山科技创新贷).
  inFinancingDemandPool: flag('inFinancingDemandPool'),
  legalRepBadCredit: flag('legalRepBadCredit'),
  paysTaxInShizuishan: flag('paysTaxInShizuishan'),
};

export type ProfileField = keyof typeof profileShape;

const unknownKeysMessage = (keys: readonly PropertyKey[]) => `不支持的字段：${keys.map(String).join('、')}`;

/** A part does not exceed its whole; the issue sits on the part, the field the person must fix. */
const partOfWhole: ReadonlyArray<readonly [ProfileField, ProfileField, string]> = [
  ['techStaff', 'employees', '科技人员数不能超过职工总数'],
  ['rdExpenseDomestic3Years', 'rdExpense3Years', '境内研发费用不能超过研发费用总额'],
  ['highTechRevenueLastYear', 'totalIncomeLastYear', '高新技术产品（服务）收入不能超过同期总收入'],
];

export const enterpriseProfileSchema = z
  .strictObject(profileShape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownKeysMessage(issue.keys)
        : issue.code === 'invalid_type'
          ? '企业信息应为对象'
          : undefined,
  })
  // Every field is optional: an enterprise fills in what it knows, the engine asks for the rest.
  .partial()
  .superRefine((profile, ctx) => {
    for (const [part, whole, message] of partOfWhole) {
      const a = profile[part];
      const b = profile[whole];
      if (typeof a === 'number' && typeof b === 'number' && a > b) {
        ctx.addIssue({ code: 'custom', path: [part], message });
      }
    }
  })
  .meta({ id: 'EnterpriseProfile', description: '企业基本信息与财务数据，全部可选；金额单位为元' });

export type EnterpriseProfile = z.infer<typeof enterpriseProfileSchema>;

export const isoDateSchema = calendarDate('日期');

export const eligibilityRequestSchema = z
  .strictObject(
    {
      profile: enterpriseProfileSchema,
      asOf: calendarDate('评估日期').optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? unknownKeysMessage(issue.keys)
          : issue.code === 'invalid_type'
            ? '请求内容应为对象'
            : undefined,
    },
  )
  .meta({ id: 'EligibilityRequest' });
export type EligibilityRequest = z.infer<typeof eligibilityRequestSchema>;

export const criterionResultSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    outcome: z.enum(outcomeValues),
    detail: z.string(),
  })
  .meta({ id: 'CriterionResult' });

export const benefitSchema = z
  .object({ summary: z.string(), estimateYuan: z.number().int().nullable() })
  .meta({ id: 'PolicyBenefit' });

export const scoreAdviceSchema = z
  .object({
    indicator: z.enum(['techStaff', 'rd', 'ip']),
    /** 科技人员 / 研发投入 / 科技成果 */
    label: z.string(),
    points: z.number().int(),
    /** The points of the indicator's next band. */
    nextPoints: z.number().int(),
    /** What it takes to reach that band, in words. */
    change: z.string(),
  })
  .meta({ id: 'ScoreAdvice', description: '得分未达标时，某项指标升一档可得的分数和需要的改变' });
export type ScoreAdvice = z.infer<typeof scoreAdviceSchema>;

export const policyEligibilitySchema = z
  .object({
    policyId: z.enum(policyIdValues),
    name: z.string(),
    verdict: z.enum(verdictValues),
    criteria: z.array(criterionResultSchema),
    missingFields: z.array(z.enum(Object.keys(profileShape) as [ProfileField, ...ProfileField[]])),
    score: z.number().nullable(),
    /** For a score below the line: each indicator's next band; empty otherwise. */
    scoreAdvice: z.array(scoreAdviceSchema),
    benefit: benefitSchema.nullable(),
  })
  .meta({ id: 'PolicyEligibility' });
export type PolicyEligibility = z.infer<typeof policyEligibilitySchema>;

export const eligibilityResponseSchema = z
  .object({ asOf: z.string(), results: z.array(policyEligibilitySchema) })
  .meta({ id: 'EligibilityResponse' });
export type EligibilityResponse = z.infer<typeof eligibilityResponseSchema>;

export const policySourceSchema = z
  .object({ title: z.string(), docNumber: z.string().nullable() })
  .meta({ id: 'PolicySource' });

export const policySummarySchema = z
  .object({
    id: z.enum(policyIdValues),
    name: z.string(),
    category: z.enum(policyCategoryValues),
    level: z.enum(policyLevelValues),
    issuer: z.string(),
    summary: z.string(),
    /** Null while the first day in force is not confirmed (shown as 待核对). */
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    sources: z.array(policySourceSchema),
    verified: z.boolean(),
  })
  .meta({ id: 'PolicySummary' });
export type PolicySummary = z.infer<typeof policySummarySchema>;

export const policyCriterionSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    description: z.string(),
    fields: z.array(z.string()),
    /** What is not yet confirmed against the source text (e.g. the article number); null when confirmed. */
    unverified: z.string().nullable(),
  })
  .meta({ id: 'PolicyCriterion' });

export const policyObligationSchema = z
  .object({
    id: z.string(),
    /** What the enterprise must do every year to keep the status, in words. */
    text: z.string(),
    /** The document (and article) that says so. */
    source: z.string(),
    unverified: z.string().nullable(),
  })
  .meta({ id: 'PolicyObligation', description: '取得资格后每年须履行的义务（不是申请条件）' });
export type PolicyObligation = z.infer<typeof policyObligationSchema>;

export const applicationItemSchema = z
  .object({
    text: z.string(),
    /** The document (and article) that says so; null when no text we hold does. */
    source: z.string().nullable(),
    /** What is not confirmed against the official text; null when confirmed. */
    unverified: z.string().nullable(),
  })
  .meta({ id: 'ApplicationItem' });
export type ApplicationItem = z.infer<typeof applicationItemSchema>;

export const policyApplicationSchema = z
  .object({
    /** 申报渠道 */
    channel: applicationItemSchema,
    /** 申报时间 */
    timing: applicationItemSchema,
    /** 申报材料 */
    materials: applicationItemSchema,
    /** 受理和咨询部门（及公开电话） */
    office: applicationItemSchema,
  })
  .meta({ id: 'PolicyApplication', description: '怎么申报：渠道、时间、材料和受理部门' });
export type PolicyApplication = z.infer<typeof policyApplicationSchema>;

export const policyDetailSchema = policySummarySchema
  .extend({
    criteria: z.array(policyCriterionSchema),
    obligations: z.array(policyObligationSchema),
    application: policyApplicationSchema,
  })
  .meta({ id: 'PolicyDetail' });
export type PolicyDetail = z.infer<typeof policyDetailSchema>;
