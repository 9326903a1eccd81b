import * as z from './zod';
import { savedEnterpriseSchema } from './policies/enterprise';

export const roles = ['citizen', 'organizer', 'venue_staff', 'reviewer', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleNames: Record<Role, string> = {
  citizen: '市民',
  organizer: '活动组织者',
  venue_staff: '场馆工作人员',
  reviewer: '评审专家',
  admin: '管理员',
};

export const userSchema = z
  .object({
    id: z.string(),
    nickname: z.string(),
    roles: z.array(roleSchema),
    phoneMasked: z.string().nullable(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const loginRequestSchema = z.object({
  code: z.string().trim().min(1, '缺少登录凭证').max(128),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const loginResponseSchema = z.object({ token: z.string(), user: userSchema });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const rolesUpdateSchema = z.object({
  // Every account is a citizen; the list holds the extra roles too, without repeats.
  roles: z
    .array(roleSchema)
    .min(1)
    .max(roles.length)
    .refine((list) => new Set(list).size === list.length, '角色不能重复'),
});
export type RolesUpdate = z.infer<typeof rolesUpdateSchema>;

/** Dev login names: what follows `dev:` in a login code. */
export const devNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, '名称只能包含小写字母、数字、- 和 _，最长 32 个字符');

/** Everything held about one person, as `GET /me/export` returns it. */
export const personalDataExportSchema = z.object({
  exportedAt: z.string(),
  user: z.object({
    id: z.string(),
    wechatOpenid: z.string(),
    nickname: z.string(),
    roles: z.array(roleSchema),
    phone: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  /** The enterprise profile saved with `PUT /me/enterprise`, or null when none is saved. */
  // A union, not `.nullable()`: zod-openapi would make the SavedEnterprise component itself nullable.
  enterpriseProfile: z.union([savedEnterpriseSchema, z.null()]).optional(),
  /** Event registrations with the contact details given for them. */
  registrations: z
    .array(
      z.object({
        registrationId: z.string(),
        eventId: z.string(),
        eventTitle: z.string(),
        status: z.string(),
        partySize: z.number().int(),
        contactName: z.string(),
        contactPhone: z.string().nullable(),
        createdAt: z.string(),
        checkedInAt: z.string().nullable(),
      }),
    )
    .optional(),
  /** Check-ins at science venues (the location given for them is never kept). */
  venueCheckins: z
    .array(
      z.object({
        checkinId: z.string(),
        venueId: z.string(),
        venueName: z.string(),
        day: z.string(),
        checkedInAt: z.string(),
      }),
    )
    .optional(),
  /** Contest entries the person is a member of, with their role in the team. */
  contestEntries: z
    .array(
      z.object({
        contestId: z.string(),
        contestTitle: z.string(),
        entryId: z.string(),
        projectName: z.string(),
        isLeader: z.boolean(),
        status: z.string(),
        organizationName: z.string().nullable(),
        joinedAt: z.string(),
      }),
    )
    .optional(),
  /** Review assignments and the scores given as a reviewer. */
  contestReviews: z
    .object({
      assignments: z.array(
        z.object({
          contestId: z.string(),
          trackIds: z.array(z.string()),
          organizationName: z.string().nullable(),
        }),
      ),
      scores: z.array(
        z.object({
          contestId: z.string(),
          entryId: z.string(),
          round: z.number().int(),
          scores: z.record(z.string(), z.number()),
          total: z.number(),
          comment: z.string().nullable(),
          updatedAt: z.string(),
        }),
      ),
    })
    .optional(),
});
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;

/** 138****5678 style mask; null when no phone is held. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
