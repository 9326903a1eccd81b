// The saved enterprise profile of `PUT /me/enterprise` and `GET /me/enterprise`: the same profile
// the eligibility form sends, but saving needs a valid 统一社会信用代码 (it names the enterprise).
import * as z from '../zod';
import { enterpriseProfileSchema } from './profile';

export const creditCodeRequiredMessage = '保存企业信息需要填写统一社会信用代码';

export const enterpriseSaveRequestSchema = z
  .strictObject(
    { profile: enterpriseProfileSchema },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `不支持的字段：${issue.keys.map(String).join('、')}`
          : issue.code === 'invalid_type'
            ? '请求内容应为对象'
            : undefined,
    },
  )
  // Runs with the profile's other issues (not after a type error), so the form shows them together.
  .superRefine((body, ctx) => {
    if (body.profile.creditCode === undefined) {
      ctx.addIssue({ code: 'custom', path: ['profile', 'creditCode'], message: creditCodeRequiredMessage });
    }
  })
  .meta({ id: 'EnterpriseSaveRequest' });
export type EnterpriseSaveRequest = z.infer<typeof enterpriseSaveRequestSchema>;

export const savedEnterpriseSchema = z
  .object({
    profile: enterpriseProfileSchema,
    /** When the caller last saved it, ISO 8601 with offset. */
    updatedAt: z.string(),
  })
  .meta({ id: 'SavedEnterprise', description: '当前用户保存的企业信息' });
export type SavedEnterprise = z.infer<typeof savedEnterpriseSchema>;
