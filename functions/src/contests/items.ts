// The contests table. One partition per contest holds everything of it:
//   META                         the contest (counters: entryCount; rubricRevision; scoredAt once scored)
//   ENTRY#<entryId>              an entry (team), every write conditional on its `version`
//   MEMBER#<userId>              a person's place in one entry of the contest (one per person: the
//                                "one entry per person per contest" rule is its attribute_not_exists)
//   CODE#<joinCode>              a join code, pointing to its entry, with its expiry
//   REVIEWER#<userId>            a reviewer's assignment (tracks, organisation for conflicts)
//   SCORE#<round>#<entry>#<user> one reviewer's score of one entry in one round
// and two sparse indexes:
//   gsi1  PUBLISHED (the public list, by signup opening)
//   gsi2  ORG#<userId> (an organiser's contests), USER#<userId> (a person's memberships),
//         REVIEWER#<userId> (a reviewer's assignments)
import type {
  ContestGroup,
  ContestKind,
  EnterpriseProfile,
  EntryStatus,
  PlanContentType,
  RoundStatus,
  RubricItem,
} from '@szkc/shared';

const contestPk = (contestId: string) => `CONTEST#${contestId}`;
const roundPart = (round: number) => String(round).padStart(2, '0');

export const sortableMs = (ms: number) => String(ms).padStart(15, '0');

/** The sort key of a contest's own item within its partition. */
export const contestSk = 'META';
export const contestKey = (contestId: string) => ({ pk: contestPk(contestId), sk: contestSk });
export const entryKey = (contestId: string, entryId: string) => ({
  pk: contestPk(contestId),
  sk: `ENTRY#${entryId}`,
});
export const membershipKey = (contestId: string, userId: string) => ({
  pk: contestPk(contestId),
  sk: `MEMBER#${userId}`,
});
export const joinCodeKey = (contestId: string, code: string) => ({
  pk: contestPk(contestId),
  sk: `CODE#${code}`,
});
export const reviewerKey = (contestId: string, userId: string) => ({
  pk: contestPk(contestId),
  sk: `REVIEWER#${userId}`,
});
export const scoreKey = (contestId: string, round: number, entryId: string, reviewerId: string) => ({
  pk: contestPk(contestId),
  sk: `SCORE#${roundPart(round)}#${entryId}#${reviewerId}`,
});

/** Key conditions within a contest's partition: its entries, reviewers, a round's scores. */
export const contestPartition = (contestId: string) => ({ pk: contestPk(contestId) });
export const entryPrefix = 'ENTRY#';
export const reviewerPrefix = 'REVIEWER#';
export const roundScorePrefix = (round: number) => `SCORE#${roundPart(round)}#`;
export const entryScorePrefix = (round: number, entryId: string) => `SCORE#${roundPart(round)}#${entryId}#`;

/** The public list (gsi1): published contests by when signup opens. */
export const publishedPartition = { gsi1pk: 'PUBLISHED' } as const;
export const publishedKeys = (contestId: string, opensMs: number) => ({
  gsi1pk: publishedPartition.gsi1pk,
  gsi1sk: `${sortableMs(opensMs)}#${contestId}`,
});

/** An organiser's contests (gsi2), newest first. */
export const organizerPartition = (userId: string) => ({ gsi2pk: `ORG#${userId}` });
export const organizerKeys = (userId: string, createdAt: string, contestId: string) => ({
  gsi2pk: organizerPartition(userId).gsi2pk,
  gsi2sk: `${createdAt}#${contestId}`,
});

/** A person's memberships (gsi2), newest first. */
export const personPartition = (userId: string) => ({ gsi2pk: `USER#${userId}` });
export const personKeys = (userId: string, joinedAt: string, contestId: string) => ({
  gsi2pk: personPartition(userId).gsi2pk,
  gsi2sk: `${joinedAt}#${contestId}`,
});

/** A reviewer's assignments (gsi2). */
export const reviewerPartition = (userId: string) => ({ gsi2pk: `REVIEWER#${userId}` });
export const reviewerKeys = (userId: string, contestId: string) => ({
  gsi2pk: reviewerPartition(userId).gsi2pk,
  gsi2sk: contestId,
});

export type RoundItem = { n: number; name: string; status: RoundStatus };

export type ContestItem = {
  pk: string;
  sk: string;
  id: string;
  title: string;
  kind: ContestKind;
  description: string;
  signupOpensAt: string;
  signupClosesAt: string;
  opensMs: number;
  closesMs: number;
  teamMin: number;
  teamMax: number;
  tracks: Array<{ id: string; name: string }>;
  groups: ContestGroup[];
  rubric: RubricItem[];
  rounds: RoundItem[];
  published: boolean;
  organizerId: string;
  organizerName: string;
  /** Entries created and not withdrawn; recounted from the entries by `recountEntries`. */
  entryCount: number;
  /** Bumped by every change of the rubric; a first score is written only against the one it read. */
  rubricRevision: number;
  /** When the first score was written: from then on the rubric is locked. */
  scoredAt?: string;
  reviewerCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk: string;
  gsi2sk: string;
};

export type MemberItem = { userId: string; nickname: string; isLeader: boolean; joinedAt: string };

export type PlanItem = {
  key: string;
  fileName: string;
  contentType: PlanContentType;
  size: number;
  sha256: string;
  uploadedAt: string;
};

export type EntryItem = {
  pk: string;
  sk: string;
  id: string;
  contestId: string;
  trackId: string;
  groupId: string | null;
  status: EntryStatus;
  projectName: string;
  summary: string;
  organizationName: string | null;
  profile: EnterpriseProfile | null;
  leaderId: string;
  members: MemberItem[];
  /** Kept equal to members.length by every write: the team-size condition reads it. */
  memberCount: number;
  joinCode: string | null;
  joinCodeExpiresMs: number | null;
  plan: PlanItem | null;
  /** Highest review round reached; null until submitted. */
  round: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
};

export type MembershipItem = {
  pk: string;
  sk: string;
  contestId: string;
  entryId: string;
  userId: string;
  joinedAt: string;
  gsi2pk?: string;
  gsi2sk?: string;
};

export type JoinCodeItem = { pk: string; sk: string; entryId: string; expiresMs: number };

export type ReviewerItem = {
  pk: string;
  sk: string;
  contestId: string;
  userId: string;
  nickname: string;
  trackIds: string[];
  organizationName: string | null;
  gsi2pk: string;
  gsi2sk: string;
};

export type ScoreItem = {
  pk: string;
  sk: string;
  contestId: string;
  entryId: string;
  trackId: string;
  round: number;
  reviewerId: string;
  scores: Record<string, number>;
  /** Σ weight × score: the exact integer behind `total` (= weighted / 5). */
  weighted: number;
  total: number;
  comment: string | null;
  updatedAt: string;
};
