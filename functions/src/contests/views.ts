// Items as the API shows them (API.md). Members' names are the team's and the organiser's only:
// reviewers get the review view, which names no one.
import { contestStatus, type Contest, type ContestSummary, type Entry } from '@szkc/shared';
import { toShanghaiIso } from '@szkc/shared';
import type { ContestItem, EntryItem } from './items';

export const statusOf = (contest: ContestItem, now = Date.now()) =>
  contestStatus(
    {
      published: contest.published,
      signupOpensAt: contest.signupOpensAt,
      signupClosesAt: contest.signupClosesAt,
      rounds: contest.rounds,
      reviewStarted: contest.reviewerCount > 0 || Boolean(contest.scoredAt),
    },
    now,
  );

export const toContestSummary = (contest: ContestItem): ContestSummary => ({
  id: contest.id,
  title: contest.title,
  kind: contest.kind,
  organizerName: contest.organizerName,
  status: statusOf(contest),
  signupOpensAt: contest.signupOpensAt,
  signupClosesAt: contest.signupClosesAt,
  tracks: contest.tracks.map(({ id, name }) => ({ id, name })),
  entryCount: Math.max(0, contest.entryCount),
});

export const toContest = (contest: ContestItem, myEntry?: Entry | null): Contest => ({
  ...toContestSummary(contest),
  description: contest.description,
  teamMin: contest.teamMin,
  teamMax: contest.teamMax,
  groups: contest.groups,
  rubric: contest.rubric,
  rounds: contest.rounds.map(({ n, name, status }) => ({ n, name, status })),
  rubricLocked: Boolean(contest.scoredAt),
  ...(myEntry !== undefined ? { myEntry } : {}),
});

export const toEntry = (entry: EntryItem): Entry => ({
  id: entry.id,
  contestId: entry.contestId,
  trackId: entry.trackId,
  groupId: entry.groupId,
  status: entry.status,
  projectName: entry.projectName,
  summary: entry.summary,
  organizationName: entry.organizationName,
  members: entry.members.map(({ userId, nickname, isLeader }) => ({ userId, nickname, isLeader })),
  joinCode: entry.joinCode,
  joinCodeExpiresAt: entry.joinCodeExpiresMs === null ? null : toShanghaiIso(entry.joinCodeExpiresMs),
  plan: entry.plan
    ? {
        fileName: entry.plan.fileName,
        contentType: entry.plan.contentType,
        size: entry.plan.size,
        sha256: entry.plan.sha256,
        uploadedAt: entry.plan.uploadedAt,
      }
    : null,
  profile: entry.profile,
  round: entry.round,
  version: entry.version,
  createdAt: entry.createdAt,
  updatedAt: entry.updatedAt,
  submittedAt: entry.submittedAt,
});
