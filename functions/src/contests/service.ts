// Contests: who may create, change, publish and see them, and the group check of a profile.
import {
  can,
  contestIssues,
  evaluateGroups,
  shanghaiDate,
  type ContestCreate,
  type ContestPatch,
  type EligibilityRequest,
} from '@szkc/shared';
import { currentUser, ensure, requirePermission } from '../access/access';
import { notFound, validationFailed } from '../errors';
import { decodeStartKey, encodeCursor } from '../http/cursor';
import * as contests from './contests.repository';
import * as entries from './entries.repository';
import { organizerPartition, publishedPartition, type ContestItem } from './items';
import { toContest, toContestSummary, toEntry } from './views';

const contestGone = () => notFound('大赛不存在');

/** The contest, if this user may manage it: its organiser, or an admin. */
export async function managedContest(contestId: string, userId: string): Promise<ContestItem> {
  const [user, contest] = await Promise.all([currentUser(userId), contests.getContest(contestId, true)]);
  if (!contest) throw contestGone();
  ensure(can.manageContest(user, contest), '只有该大赛的组织者或管理员可以操作');
  return contest;
}

/** A contest the caller may see: published, or a draft of theirs (a draft is 404 to others). */
export async function visibleContest(contestId: string, userId: string | undefined): Promise<ContestItem> {
  const contest = await contests.getContest(contestId);
  if (!contest) throw contestGone();
  if (!contest.published) {
    if (!userId) throw contestGone();
    const user = await currentUser(userId);
    if (!can.manageContest(user, contest)) throw contestGone();
  }
  return contest;
}

export async function listContests(limit: number, cursor?: string) {
  const page = await contests.listPublished(limit, decodeStartKey(cursor, 'gsi1', publishedPartition));
  return { items: page.items.map(toContestSummary), nextCursor: encodeCursor(page.next) };
}

export async function myContests(userId: string, limit: number, cursor?: string) {
  await requirePermission(userId, can.organizeContests, '只有组织者或管理员可以查看');
  const page = await contests.listByOrganizer(
    userId,
    limit,
    decodeStartKey(cursor, 'gsi2', organizerPartition(userId)),
  );
  return { items: page.items.map(toContestSummary), nextCursor: encodeCursor(page.next) };
}

export async function contestDetail(contestId: string, userId: string | undefined) {
  const contest = await visibleContest(contestId, userId);
  if (!userId) return toContest(contest);
  const membership = await entries.getMembership(contestId, userId);
  const entry = membership ? await entries.getEntry(contestId, membership.entryId) : null;
  const mine = entry && entry.members.some((m) => m.userId === userId) ? toEntry(entry) : null;
  return toContest(contest, mine);
}

/** Tracks, groups and rubric as one contest: ids unique across the contest's own lists. */
export async function createContest(userId: string, input: ContestCreate) {
  const user = await requirePermission(userId, can.organizeContests, '只有组织者或管理员可以创建大赛');
  return toContest(await contests.createContest(input, { id: user.id, name: user.nickname }));
}

export async function patchContest(userId: string, contestId: string, patch: ContestPatch) {
  const contest = await managedContest(contestId, userId);
  const issues = contestIssues({ ...contest, ...patch });
  if (issues.length) throw validationFailed(issues, issues[0]!.message);
  return toContest(await contests.patchContest(contest, patch));
}

export async function publishContest(userId: string, contestId: string) {
  return toContest(await contests.publishContest(await managedContest(contestId, userId)));
}

/** The groups' rules against a profile; stores nothing. */
export async function eligibility(
  contestId: string,
  userId: string | undefined,
  request: EligibilityRequest,
) {
  const contest = await visibleContest(contestId, userId);
  const asOf = request.asOf ?? shanghaiDate();
  return { asOf, groups: evaluateGroups(contest.groups, request.profile, asOf) };
}
