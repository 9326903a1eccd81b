import { creditCodeMessages } from '../credit-code';
import * as z from '../zod';
import { profileFieldLabels } from './values';
import {
  eligibilityRequestSchema,
  eligibilityResponseSchema,
  enterpriseProfileSchema,
  policyDetailSchema,
  policySummarySchema,
} from './profile';
import { qualifyingProfile } from './test-fixtures';

const validCode = qualifyingProfile.creditCode;

const issuesOf = (input: unknown) => {
  const result = enterpriseProfileSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

const fullProfile = qualifyingProfile;

describe('enterpriseProfileSchema', () => {
  it('accepts an empty profile and a full one', () => {
    expect(issuesOf({})).toEqual([]);
    expect(issuesOf(fullProfile)).toEqual([]);
  });

  it('has a Chinese label for every field, and no label without a field', () => {
    expect(Object.keys(profileFieldLabels).sort()).toEqual(Object.keys(enterpriseProfileSchema.shape).sort());
  });

  it('rejects unknown fields, naming them', () => {
    expect(issuesOf({ employees: 3, foo: 1, bar: 2 })).toEqual([
      { path: '', message: '不支持的字段：foo、bar' },
    ]);
  });

  it('rejects what is not an object', () => {
    expect(issuesOf('x')).toEqual([{ path: '', message: '企业信息应为对象' }]);
  });

  it.each([
    [{ revenueLastYear: -1 }, 'revenueLastYear', '最近一年销售收入不能为负数'],
    [{ revenueLastYear: 1.5 }, 'revenueLastYear', '最近一年销售收入应为整数（单位：元）'],
    [{ revenueLastYear: '100' }, 'revenueLastYear', '最近一年销售收入应为数字（单位：元）'],
    [{ totalAssets: 1e13 + 1 }, 'totalAssets', '资产总额超出合理范围'],
    [{ employees: -3 }, 'employees', '职工总数不能为负数'],
    [{ employees: 2.5 }, 'employees', '职工总数应为整数'],
    [{ ipClassI: 1e7 }, 'ipClassI', 'Ⅰ类知识产权数量超出合理范围'],
    [{ innovationScore: 101 }, 'innovationScore', '企业创新能力自评得分应在 0 到 100 之间'],
    [{ hasCoreIp: 'yes' }, 'hasCoreIp', '是否拥有支撑主要产品的核心知识产权应为“是”或“否”'],
    [{ regionCode: '64020' }, 'regionCode', '注册地行政区划代码应为 6 位数字（如石嘴山市大武口区 640202）'],
    [{ establishedOn: '2026-02-30' }, 'establishedOn', '注册成立日期应为有效日期（YYYY-MM-DD）'],
    [{ industryCode: 'c39' }, 'industryCode', '国民经济行业代码应为门类字母加两位大类代码（如 C39、F51）'],
    [{ industryCode: 'U01' }, 'industryCode', '国民经济行业代码应为门类字母加两位大类代码（如 C39、F51）'],
    [
      { taxCollection: 'deemed' },
      'taxCollection',
      '企业所得税征收方式应为查账征收（audit）或核定征收（assessed）',
    ],
    [{ certifications: ['high-tech', 'high-tech'] }, 'certifications', '已获资质不能重复'],
    [
      { certifications: ['gold'] },
      'certifications.0',
      '资质只能是 high-tech、tech-sme、tech-giant 或 agri-high-tech',
    ],
    [{ name: '  ' }, 'name', '企业名称不能为空'],
    [{ name: '企'.repeat(101) }, 'name', '企业名称不能超过 100 个字'],
  ])('rejects %j at %s with a Chinese message', (input, path, message) => {
    expect(issuesOf(input)).toEqual([{ path, message }]);
  });

  it('puts a part larger than its whole on the part', () => {
    expect(issuesOf({ employees: 10, techStaff: 11 })).toEqual([
      { path: 'techStaff', message: '科技人员数不能超过职工总数' },
    ]);
    expect(issuesOf({ rdExpense3Years: 10, rdExpenseDomestic3Years: 11 })).toEqual([
      { path: 'rdExpenseDomestic3Years', message: '境内研发费用不能超过研发费用总额' },
    ]);
    expect(issuesOf({ totalIncomeLastYear: 10, highTechRevenueLastYear: 11 })).toEqual([
      { path: 'highTechRevenueLastYear', message: '高新技术产品（服务）收入不能超过同期总收入' },
    ]);
    expect(issuesOf({ employees: 10, techStaff: 10 })).toEqual([]);
    expect(issuesOf({ techStaff: 11 })).toEqual([]);
  });

  it('checks the 统一社会信用代码 per GB 32100 and normalises its case', () => {
    const wrong = validCode.slice(0, 17) + (validCode[17] === '0' ? '1' : '0');
    expect(issuesOf({ creditCode: wrong })).toEqual([
      { path: 'creditCode', message: creditCodeMessages.checkDigit },
    ]);
    expect(issuesOf({ creditCode: '123' })).toEqual([
      { path: 'creditCode', message: creditCodeMessages.length },
    ]);
    expect(enterpriseProfileSchema.parse({ creditCode: ` ${validCode.toLowerCase()} ` }).creditCode).toBe(
      validCode,
    );
  });

  it('accepts a loss as a negative taxable profit', () => {
    expect(issuesOf({ profitLastYear: -500_000 })).toEqual([]);
  });
});

describe('eligibilityRequestSchema', () => {
  it('takes a profile and an optional date, nothing else', () => {
    expect(eligibilityRequestSchema.safeParse({ profile: {} }).success).toBe(true);
    expect(eligibilityRequestSchema.safeParse({ profile: {}, asOf: '2026-06-30' }).success).toBe(true);
    const extra = eligibilityRequestSchema.safeParse({ profile: {}, save: true });
    expect(extra.error?.issues[0]?.message).toBe('不支持的字段：save');
    const badDate = eligibilityRequestSchema.safeParse({ profile: {}, asOf: '2026-13-01' });
    expect(badDate.error?.issues[0]).toMatchObject({
      path: ['asOf'],
      message: '评估日期应为有效日期（YYYY-MM-DD）',
    });
    expect(eligibilityRequestSchema.safeParse({ asOf: '2026-06-30' }).success).toBe(false);
  });
});

describe('OpenAPI', () => {
  it('turns every schema into JSON Schema, under its registered name', () => {
    for (const schema of [
      eligibilityRequestSchema,
      eligibilityResponseSchema,
      enterpriseProfileSchema,
      policySummarySchema,
      policyDetailSchema,
    ]) {
      expect(() => z.toJSONSchema(schema, { io: 'input' })).not.toThrow();
      expect(() => z.toJSONSchema(schema, { io: 'output' })).not.toThrow();
    }
    expect(z.globalRegistry.get(enterpriseProfileSchema)?.id).toBe('EnterpriseProfile');
    expect(z.globalRegistry.get(eligibilityResponseSchema)?.id).toBe('EligibilityResponse');
    expect(z.globalRegistry.get(policyDetailSchema)?.id).toBe('PolicyDetail');
    const json = z.toJSONSchema(enterpriseProfileSchema, { io: 'input' }) as {
      $defs: Record<string, { additionalProperties?: unknown; required?: unknown }>;
    };
    const profile = json.$defs.EnterpriseProfile!;
    expect(profile.additionalProperties).toBe(false);
    expect(profile.required ?? []).toEqual([]);
  });
});
