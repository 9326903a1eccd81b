import * as z from './zod';

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
