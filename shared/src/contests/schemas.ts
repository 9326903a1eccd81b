// The innovation contests of API.md (创新创业大赛, 发明创新大赛): the shapes both the mini-program
// and the functions validate with, once, at the edge.
import * as z from '../zod';
import { instantSchema } from '../events/schemas';
import {
  contestIssues,
  contestKinds,
  contestStatuses,
  entryStatuses,
  planContentTypes,
  planMaxBytes,
  roundStatuses,
  type ContestShapeCheck,
} from './rules';
import { certificationValues, maxYuan, profileFieldLabels, verdictValues } from '../policies/values';
import {
  criterionResultSchema,
  enterpriseProfileSchema,
  isoDateSchema,
  type ProfileField,
} from '../policies/profile';
import { freeText, hiddenCharacterIssue } from '../text';
import { idSchema } from '../ids';

/** Ids of tracks, groups and rubric items: the organiser's lowercase slugs. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, '编号只能包含小写字母、数字和 -，最长 32 个字符');

const uniqueIds = (list: ReadonlyArray<{ id: string }>) =>
  new Set(list.map((x) => x.id)).size === list.length;

export const trackSchema = z
  .strictObject({ id: slugSchema, name: freeText('赛道名称', 30) })
  .meta({ id: 'ContestTrack' });

export const groupRulesSchema = z
  .strictObject({
    registeredOnOrAfter: isoDateSchema.optional(),
    registeredOnOrBefore: isoDateSchema.optional(),
    revenueMaxYuan: z.number().int().min(0).max(maxYuan).optional(),
    requiredCertifications: z.array(z.enum(certificationValues)).max(certificationValues.length).optional(),
  })
  .meta({ id: 'ContestGroupRules', description: '组别条件；金额单位为元，日期为 YYYY-MM-DD' });
export type GroupRules = z.infer<typeof groupRulesSchema>;

export const groupSchema = z
  .strictObject({
    id: slugSchema,
    name: freeText('组别名称', 30),
    rules: groupRulesSchema,
    /** The document and article the rules follow, cited in every criterion's detail. */
    source: freeText('条件依据', 200).optional(),
    /** False while a parameter of the rules is not confirmed against the source's current text. */
    verified: z.boolean().optional(),
  })
  .meta({ id: 'ContestGroup' });
export type ContestGroup = z.infer<typeof groupSchema>;

export const rubricItemSchema = z
  .strictObject({
    id: slugSchema,
    label: freeText('评分项名称', 30),
    weight: z.number().int().min(1, '权重至少为 1').max(100),
  })
  .meta({ id: 'RubricItem' });
export type RubricItem = z.infer<typeof rubricItemSchema>;

const roundInputSchema = z.strictObject({
  n: z.number().int().min(1).max(10),
  name: freeText('轮次名称', 30),
});

const tracksSchema = z
  .array(trackSchema)
  .min(1, '至少设一个赛道')
  .max(20)
  .refine(uniqueIds, '赛道编号不能重复');
const groupsSchema = z.array(groupSchema).max(10).refine(uniqueIds, '组别编号不能重复');
const rubricSchema = z
  .array(rubricItemSchema)
  .min(1, '至少设一个评分项')
  .max(20)
  .refine(uniqueIds, '评分项编号不能重复')
  .refine((items) => items.reduce((sum, item) => sum + item.weight, 0) === 100, '评分项权重之和须为 100');
const roundsSchema = z
  .array(roundInputSchema)
  .min(1, '至少设一轮评审')
  .max(10)
  .refine((rounds) => rounds.every((round, i) => round.n === i + 1), '轮次须从 1 开始依次编号');

const contestFields = {
  title: freeText('大赛名称', 60),
  kind: z.enum(contestKinds),
  description: freeText('大赛介绍', 5000),
  signupOpensAt: instantSchema,
  signupClosesAt: instantSchema,
  teamMin: z.number().int().min(1, '团队至少 1 人').max(20),
  teamMax: z.number().int().min(1).max(20, '团队最多 20 人'),
  tracks: tracksSchema,
  groups: groupsSchema,
  rubric: rubricSchema,
  rounds: roundsSchema,
};

const withContestChecks = <T extends z.ZodType<ContestShapeCheck>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    for (const issue of contestIssues(value))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

export const contestCreateSchema = withContestChecks(z.strictObject(contestFields)).meta({
  id: 'ContestCreate',
});
export type ContestCreate = z.infer<typeof contestCreateSchema>;

export const contestPatchSchema = z
  .strictObject(contestFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, '至少修改一项')
  .meta({ id: 'ContestPatch' });
export type ContestPatch = z.infer<typeof contestPatchSchema>;

export const contestSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(contestKinds),
    organizerName: z.string(),
    status: z.enum(contestStatuses),
    signupOpensAt: z.string(),
    signupClosesAt: z.string(),
    tracks: z.array(z.object({ id: z.string(), name: z.string() })),
    entryCount: z.number().int(),
  })
  .meta({ id: 'ContestSummary' });
export type ContestSummary = z.infer<typeof contestSummarySchema>;

export const memberSchema = z
  .object({ userId: z.string(), nickname: z.string(), isLeader: z.boolean() })
  .meta({ id: 'EntryMember' });

export const planSchema = z
  .object({
    fileName: z.string(),
    contentType: z.enum(planContentTypes),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'EntryPlan' });

export const entrySchema = z
  .object({
    id: z.string(),
    contestId: z.string(),
    trackId: z.string(),
    groupId: z.string().nullable(),
    status: z.enum(entryStatuses),
    projectName: z.string(),
    summary: z.string(),
    organizationName: z.string().nullable(),
    members: z.array(memberSchema),
    joinCode: z.string().nullable(),
    joinCodeExpiresAt: z.string().nullable(),
    plan: planSchema.nullable(),
    /** The company figures the team entered (checked against the group's rules), or null. */
    profile: enterpriseProfileSchema.nullable(),
    /** The review round the entry has reached (1 once submitted), or null before. */
    round: z.number().int().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
  })
  .meta({ id: 'Entry' });
export type Entry = z.infer<typeof entrySchema>;

export const roundSchema = z
  .object({ n: z.number().int(), name: z.string(), status: z.enum(roundStatuses) })
  .meta({ id: 'ContestRound' });

export const contestSchema = contestSummarySchema
  .extend({
    description: z.string(),
    teamMin: z.number().int(),
    teamMax: z.number().int(),
    groups: z.array(groupSchema),
    rubric: z.array(rubricItemSchema),
    rounds: z.array(roundSchema),
    /** True once any score exists: the rubric can no longer change. */
    rubricLocked: z.boolean(),
    myEntry: entrySchema.nullable().optional(),
  })
  .meta({ id: 'Contest' });
export type Contest = z.infer<typeof contestSchema>;

export const myEntrySchema = entrySchema.extend({ contest: contestSummarySchema }).meta({ id: 'MyEntry' });
export type MyEntry = z.infer<typeof myEntrySchema>;

const profileFields = Object.keys(profileFieldLabels) as [ProfileField, ...ProfileField[]];

export const groupEligibilitySchema = z
  .object({
    groupId: z.string(),
    name: z.string(),
    verdict: z.enum(verdictValues),
    criteria: z.array(criterionResultSchema),
    missingFields: z.array(z.enum(profileFields)),
  })
  .meta({ id: 'GroupEligibility' });
export type GroupEligibility = z.infer<typeof groupEligibilitySchema>;

export const contestEligibilityResponseSchema = z
  .object({ asOf: z.string(), groups: z.array(groupEligibilitySchema) })
  .meta({ id: 'ContestEligibility' });

const organizationName = freeText('单位名称', 100);

export const entryCreateSchema = z
  .strictObject({
    trackId: slugSchema,
    groupId: slugSchema.optional(),
    projectName: freeText('项目名称', 60),
    summary: freeText('项目简介', 2000),
    organizationName: organizationName.optional(),
    profile: enterpriseProfileSchema.optional(),
  })
  .meta({ id: 'EntryCreate' });
export type EntryCreate = z.infer<typeof entryCreateSchema>;

export const entryPatchSchema = z
  .strictObject({
    version: z.number().int().min(0),
    trackId: slugSchema.optional(),
    groupId: slugSchema.nullable().optional(),
    projectName: freeText('项目名称', 60).optional(),
    summary: freeText('项目简介', 2000).optional(),
    organizationName: organizationName.nullable().optional(),
    profile: enterpriseProfileSchema.nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 1, '至少修改一项')
  .meta({ id: 'EntryPatch' });
export type EntryPatch = z.infer<typeof entryPatchSchema>;

export const joinRequestSchema = z
  .strictObject({
    joinCode: z
      .string()
      .trim()
      .max(32)
      .transform((code) => code.toUpperCase().replace(/[\s-]/g, '')),
  })
  .meta({ id: 'JoinRequest' });

const fileNameSchema = z
  .string()
  .trim()
  .min(1, '文件名不能为空')
  .max(120, '文件名不超过 120 个字')
  .refine((name) => !hiddenCharacterIssue(name) && !/[\\/]/.test(name), '文件名不能含有 / \\ 或不可见字符');

export const planUploadRequestSchema = z
  .strictObject({
    fileName: fileNameSchema,
    contentType: z.enum(planContentTypes, { error: '只能上传 PDF 或 PPTX 文件' }),
    size: z.number().int().min(1, '文件不能为空').max(planMaxBytes, '文件不能超过 20 MB'),
  })
  .meta({ id: 'PlanUploadRequest' });
export type PlanUploadRequest = z.infer<typeof planUploadRequestSchema>;

export const planUploadSchema = z
  .object({
    url: z.string(),
    fields: z.record(z.string(), z.string()),
    key: z.string(),
    maxBytes: z.number().int(),
    expiresAt: z.string(),
  })
  .meta({ id: 'PlanUpload' });

export const planConfirmSchema = z
  .strictObject({ key: z.string().min(1).max(512) })
  .meta({ id: 'PlanConfirm' });
export const planDownloadSchema = z
  .object({ url: z.string(), expiresAt: z.string() })
  .meta({ id: 'PlanDownload' });

export const reviewersPutSchema = z
  .strictObject({
    reviewers: z
      .array(
        z.strictObject({
          userId: idSchema(),
          trackIds: z.array(slugSchema).min(1, '至少指定一个赛道').max(20),
          organizationName: organizationName.optional(),
        }),
      )
      .max(200)
      .refine((list) => new Set(list.map((r) => r.userId)).size === list.length, '评审专家不能重复'),
  })
  .meta({ id: 'ReviewersPut' });
export type ReviewersPut = z.infer<typeof reviewersPutSchema>;

export const reviewerSchema = z
  .object({
    userId: z.string(),
    nickname: z.string(),
    trackIds: z.array(z.string()),
    organizationName: z.string().nullable(),
    /** Scores this reviewer has given in the contest's open rounds: the organiser's progress view. */
    scoresGiven: z.number().int(),
  })
  .meta({ id: 'ContestReviewer' });

export const scoreRequestSchema = z
  .strictObject({
    round: z.number().int().min(1).max(10),
    scores: z.record(slugSchema, z.number().int().min(1, '每项 1–5 分').max(5, '每项 1–5 分')),
    comment: z
      .string()
      .trim()
      .max(1000, '评语不超过 1000 字')
      .refine((value) => !hiddenCharacterIssue(value), '评语含有不可见字符')
      .optional(),
  })
  .meta({ id: 'ScoreRequest' });
export type ScoreRequest = z.infer<typeof scoreRequestSchema>;

export const scoreSchema = z
  .object({
    entryId: z.string(),
    round: z.number().int(),
    scores: z.record(z.string(), z.number().int()),
    total: z.number(),
    comment: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Score' });
export type Score = z.infer<typeof scoreSchema>;

export const myReviewSchema = z
  .object({
    contestId: z.string(),
    contestTitle: z.string(),
    entryId: z.string(),
    projectName: z.string(),
    summary: z.string(),
    trackId: z.string(),
    round: z.number().int(),
    hasPlan: z.boolean(),
    myScore: scoreSchema.nullable(),
  })
  .meta({ id: 'MyReview' });

export const rankingItemSchema = z
  .object({
    entryId: z.string(),
    projectName: z.string(),
    trackId: z.string(),
    groupId: z.string().nullable(),
    reviews: z.number().int(),
    /** Null while no reviewer has scored it. */
    score: z.number().nullable(),
    rank: z.number().int().nullable(),
  })
  .meta({ id: 'RankingItem' });
export type RankingItem = z.infer<typeof rankingItemSchema>;

export const rankingSchema = z
  .object({ round: z.number().int(), items: z.array(rankingItemSchema) })
  .meta({ id: 'Ranking' });

export const advanceRequestSchema = z
  .strictObject({
    entryIds: z
      .array(idSchema())
      .max(1000)
      .refine((ids) => new Set(ids).size === ids.length, '项目不能重复'),
  })
  .meta({ id: 'AdvanceRequest' });
