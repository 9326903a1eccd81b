// zod as a namespace import, so the phone ships only what it calls (shared/src/zod.ts).
import * as z from 'zod';
import {
  contestKinds,
  contestStatuses,
  criterionResultSchema,
  entryStatuses,
  enterpriseProfileSchema,
  profileFieldLabels,
  type EnterpriseProfile,
  type ProfileField,
} from '@szkc/shared';

// The contests section of API.md as the mini-program reads it; the names of kinds and statuses
// are shared's (shared/src/contests/rules.ts). Nothing else in the app spells a contest's shape.

const trackSchema = z.object({ id: z.string(), name: z.string() });

export const contestSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(contestKinds),
  organizerName: z.string(),
  // A draft is shown to its organiser only; the list never has one.
  status: z.enum(contestStatuses),
  signupOpensAt: z.string(),
  signupClosesAt: z.string(),
  tracks: z.array(trackSchema),
  entryCount: z.number().int(),
});
export type ContestSummary = z.infer<typeof contestSummarySchema>;

export const groupRulesSchema = z.object({
  registeredOnOrAfter: z.string().optional(),
  registeredOnOrBefore: z.string().optional(),
  revenueMaxYuan: z.number().optional(),
  requiredCertifications: z.array(z.string()).optional(),
});
export type GroupRules = z.infer<typeof groupRulesSchema>;

export const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  rules: groupRulesSchema,
  /** The document and article the rules follow. */
  source: z.string().optional(),
  /** False while a parameter of the rules is not confirmed against the source. */
  verified: z.boolean().optional(),
});
export type ContestGroup = z.infer<typeof groupSchema>;

export const rubricItemSchema = z.object({ id: z.string(), label: z.string(), weight: z.number() });
export type RubricItem = z.infer<typeof rubricItemSchema>;

export const roundSchema = z.object({
  n: z.number().int(),
  name: z.string(),
  status: z.enum(['open', 'closed']),
});

const memberSchema = z.object({ userId: z.string(), nickname: z.string(), isLeader: z.boolean() });
export type EntryMember = z.infer<typeof memberSchema>;

export const planSchema = z.object({
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const entrySchema = z.object({
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
  /** The company figures the team entered for the group check (contests backend), or null. */
  profile: enterpriseProfileSchema.nullable().optional(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type Entry = z.infer<typeof entrySchema>;

export const contestSchema = contestSummarySchema.extend({
  description: z.string(),
  teamMin: z.number().int(),
  teamMax: z.number().int(),
  groups: z.array(groupSchema),
  rubric: z.array(rubricItemSchema),
  rounds: z.array(roundSchema),
  myEntry: entrySchema.nullable().optional(),
});
export type Contest = z.infer<typeof contestSchema>;

export const myEntrySchema = entrySchema.extend({ contest: contestSummarySchema });
export type MyEntry = z.infer<typeof myEntrySchema>;

const profileFields = Object.keys(profileFieldLabels) as [ProfileField, ...ProfileField[]];

export const groupEligibilitySchema = z.object({
  groupId: z.string(),
  verdict: z.enum(['eligible', 'ineligible', 'incomplete']),
  criteria: z.array(criterionResultSchema),
  missingFields: z.array(z.enum(profileFields)),
});
export type GroupEligibility = z.infer<typeof groupEligibilitySchema>;
export const contestEligibilitySchema = z.object({ groups: z.array(groupEligibilitySchema) });

export const entryCreateSchema = z.object({
  trackId: z.string(),
  groupId: z.string().optional(),
  projectName: z.string(),
  summary: z.string(),
  organizationName: z.string().optional(),
  profile: enterpriseProfileSchema.optional(),
});
export type EntryCreate = z.infer<typeof entryCreateSchema>;

/** The fields a team edits (PATCH with `version`). */
export type EntryEdit = Partial<Pick<Entry, 'trackId' | 'projectName' | 'summary'>> & {
  groupId?: string | null;
  organizationName?: string | null;
  profile?: EnterpriseProfile | null;
};

export const planUploadTicketSchema = z.object({
  url: z.string(),
  fields: z.record(z.string(), z.string()),
  key: z.string(),
  maxBytes: z.number(),
  expiresAt: z.string(),
});
export type PlanUploadTicket = z.infer<typeof planUploadTicketSchema>;

export const planLinkSchema = z.object({ url: z.string(), expiresAt: z.string() });

export const scoreSchema = z.object({
  entryId: z.string(),
  round: z.number().int(),
  scores: z.record(z.string(), z.number()),
  total: z.number(),
  comment: z.string().nullable().optional(),
  updatedAt: z.string(),
});
export type Score = z.infer<typeof scoreSchema>;

export const reviewAssignmentSchema = z.object({
  contestId: z.string(),
  entryId: z.string(),
  projectName: z.string(),
  // Beyond API.md, sent by the contests backend: shown when present.
  contestTitle: z.string().optional(),
  summary: z.string().optional(),
  hasPlan: z.boolean().optional(),
  trackId: z.string(),
  round: z.number().int(),
  myScore: scoreSchema.nullable(),
});
export type ReviewAssignment = z.infer<typeof reviewAssignmentSchema>;

export const rankingRowSchema = z.object({
  entryId: z.string(),
  projectName: z.string(),
  trackId: z.string(),
  groupId: z.string().nullable(),
  reviews: z.number().int(),
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
});
export type RankingRow = z.infer<typeof rankingRowSchema>;
export const rankingSchema = z.object({ items: z.array(rankingRowSchema) });
