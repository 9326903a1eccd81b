// Review: reviewers per track (with an organisation, for conflicts of interest), weighted scores
// per round, the ranking, closing a round and advancing the best. Reviewers never see members.
import { can, type ReviewersPut, type RubricItem, type ScoreRequest, type Score } from '@szkc/shared';
import { currentUser, ensure, requirePermission } from '../access/access';
import { DomainError, conflict, notFound, validationFailed } from '../errors';
import { getUser } from '../users/users';
import * as contests from './contests.repository';
import * as entries from './entries.repository';
import type { ContestItem, EntryItem, ReviewerItem, ScoreItem } from './items';
import { rankEntries, totalOf, weightedSum } from './ranking';
import * as reviews from './reviews.repository';
import { managedContest, visibleContest } from './service';
import { toEntry } from './views';

const inReview = new Set(['submitted', 'advanced', 'not_advanced', 'awarded']);

/** Entries taking part in round n: submitted, not withdrawn, and reached that round. */
const inRound = (entry: EntryItem, n: number) => inReview.has(entry.status) && (entry.round ?? 0) >= n;

/** The reviewer's organisation is the entry's: they must stand aside. */
export const conflicted = (assignment: ReviewerItem | null, entry: EntryItem) =>
  Boolean(
    assignment?.organizationName &&
    entry.organizationName &&
    assignment.organizationName === entry.organizationName,
  );

const toScore = (score: ScoreItem): Score => ({
  entryId: score.entryId,
  round: score.round,
  scores: score.scores,
  total: score.total,
  comment: score.comment,
  updatedAt: score.updatedAt,
});

function roundOf(contest: ContestItem, n: number) {
  const round = contest.rounds.find((r) => r.n === n);
  if (!round) throw notFound('没有这一轮评审');
  return round;
}

export async function putReviewers(contestId: string, userId: string, body: ReviewersPut) {
  const contest = await managedContest(contestId, userId);
  const issues: Array<{ path: string; message: string }> = [];
  const people = await Promise.all(body.reviewers.map((r) => getUser(r.userId)));
  body.reviewers.forEach((reviewer, i) => {
    const person = people[i];
    if (!person || !person.roles.includes('reviewer'))
      issues.push({ path: `reviewers.${i}.userId`, message: '该用户不是评审专家（需要 reviewer 角色）' });
    reviewer.trackIds.forEach((trackId, j) => {
      if (!contest.tracks.some((t) => t.id === trackId))
        issues.push({ path: `reviewers.${i}.trackIds.${j}`, message: '本大赛没有这个赛道' });
    });
  });
  if (issues.length) throw validationFailed(issues);
  const existing = await reviews.reviewersOf(contestId);
  const keep = new Set(body.reviewers.map((r) => r.userId));
  for (const old of existing) if (!keep.has(old.userId)) await reviews.deleteReviewer(contestId, old.userId);
  for (const [i, reviewer] of body.reviewers.entries()) {
    await reviews.putReviewer(contestId, {
      userId: reviewer.userId,
      nickname: people[i]!.nickname,
      trackIds: [...new Set(reviewer.trackIds)],
      organizationName: reviewer.organizationName ?? null,
    });
  }
  await reviews.setReviewerCount(contestId, body.reviewers.length);
  return listReviewers(contestId, userId);
}

/** The assignments with each reviewer's progress (scores given in open rounds). */
export async function listReviewers(contestId: string, userId: string) {
  const contest = await managedContest(contestId, userId);
  const [assigned, ...roundScores] = await Promise.all([
    reviews.reviewersOf(contestId),
    ...contest.rounds.filter((r) => r.status === 'open').map((r) => reviews.scoresOfRound(contestId, r.n)),
  ]);
  const given = new Map<string, number>();
  for (const score of roundScores.flat()) given.set(score.reviewerId, (given.get(score.reviewerId) ?? 0) + 1);
  return {
    items: assigned.map((r) => ({
      userId: r.userId,
      nickname: r.nickname,
      trackIds: r.trackIds,
      organizationName: r.organizationName,
      scoresGiven: given.get(r.userId) ?? 0,
    })),
    nextCursor: null,
  };
}

/** Submitted entries of the reviewer's tracks in open rounds, without conflicts and without names. */
export async function myReviews(userId: string) {
  await requirePermission(userId, can.review, '只有评审专家可以查看');
  const assignments = await reviews.assignmentsOf(userId);
  const byId = await contests.getContests(assignments.map((a) => a.contestId));
  const items = [];
  for (const assignment of assignments) {
    const contest = byId.get(assignment.contestId);
    if (!contest?.published) continue;
    const open = contest.rounds.filter((r) => r.status === 'open');
    if (open.length === 0) continue;
    const [all, mine] = await Promise.all([
      entries.entriesOfContest(contest.id),
      reviews.scoresBy(contest.id, userId),
    ]);
    for (const round of open) {
      for (const entry of all) {
        if (
          !inRound(entry, round.n) ||
          !assignment.trackIds.includes(entry.trackId) ||
          conflicted(assignment, entry)
        )
          continue;
        const score = mine.find((s) => s.entryId === entry.id && s.round === round.n);
        items.push({
          contestId: contest.id,
          contestTitle: contest.title,
          entryId: entry.id,
          projectName: entry.projectName,
          summary: entry.summary,
          trackId: entry.trackId,
          round: round.n,
          hasPlan: entry.plan !== null,
          myScore: score ? toScore(score) : null,
        });
      }
    }
  }
  return { items, nextCursor: null };
}

function scoreIssues(rubric: readonly RubricItem[], scores: Record<string, number>) {
  const issues: Array<{ path: string; message: string }> = [];
  for (const item of rubric)
    if (scores[item.id] === undefined)
      issues.push({ path: `scores.${item.id}`, message: `请为「${item.label}」打分` });
  for (const id of Object.keys(scores))
    if (!rubric.some((item) => item.id === id))
      issues.push({ path: `scores.${id}`, message: '评分标准中没有这一项' });
  return issues;
}

export async function putMyScore(contestId: string, entryId: string, userId: string, request: ScoreRequest) {
  const [user, contest, entry, assignment] = await Promise.all([
    currentUser(userId),
    visibleContest(contestId, userId),
    entries.getEntry(contestId, entryId, true),
    reviews.getReviewer(contestId, userId),
  ]);
  if (!entry) throw notFound('参赛项目不存在');
  ensure(can.reviewEntry(user, assignment, entry), '该项目不在你评审的赛道');
  if (conflicted(assignment, entry)) throw new DomainError('CONFLICT_OF_INTEREST');
  const round = contest.rounds.find((r) => r.n === request.round);
  if (!round) throw validationFailed([{ path: 'round', message: '没有这一轮评审' }]);
  if (round.status === 'closed') throw new DomainError('ROUND_CLOSED');
  if (!inRound(entry, request.round)) throw conflict('该项目不在本轮评审中');
  let current = contest;
  for (let attempt = 0; ; attempt++) {
    const issues = scoreIssues(current.rubric, request.scores);
    if (issues.length) throw validationFailed(issues);
    // The first score locks the rubric it was checked against; a rubric changed meanwhile is re-read.
    if (current.scoredAt || (await reviews.markScored(current))) break;
    const reread = await contests.getContest(contestId, true);
    if (!reread || attempt > 0) throw conflict('评分标准刚刚被修改，请刷新后重试');
    current = reread;
  }
  const weighted = weightedSum(current.rubric, request.scores);
  const score = await reviews.putScore({
    contestId,
    entryId,
    trackId: entry.trackId,
    round: request.round,
    reviewerId: userId,
    scores: request.scores,
    weighted,
    total: totalOf(weighted),
    comment: request.comment ?? null,
    updatedAt: new Date().toISOString(),
  });
  return toScore(score);
}

export async function ranking(contestId: string, userId: string, n: number) {
  const contest = await managedContest(contestId, userId);
  roundOf(contest, n);
  const [all, scores] = await Promise.all([
    entries.entriesOfContest(contestId),
    reviews.scoresOfRound(contestId, n),
  ]);
  const items = rankEntries(
    all
      .filter((entry) => inRound(entry, n))
      .map((entry) => ({
        entryId: entry.id,
        projectName: entry.projectName,
        trackId: entry.trackId,
        groupId: entry.groupId,
        weightedSums: scores.filter((s) => s.entryId === entry.id).map((s) => s.weighted),
      })),
    contest.tracks.map((t) => t.id),
  );
  return { contest, round: n, items };
}

export async function closeRound(contestId: string, userId: string, n: number) {
  const contest = await managedContest(contestId, userId);
  if (roundOf(contest, n).status === 'closed') return contest;
  return contests.setRoundStatus(contest, n, 'closed');
}

/** The chosen entries of a closed round advance (to the next round, if any); the others do not. */
export async function advance(contestId: string, userId: string, n: number, entryIds: string[]) {
  const contest = await managedContest(contestId, userId);
  if (roundOf(contest, n).status !== 'closed') throw conflict('请先结束本轮评审，再确定晋级项目');
  const all = (await entries.entriesOfContest(contestId)).filter((entry) => inRound(entry, n));
  const unknown = entryIds.filter((id) => !all.some((entry) => entry.id === id));
  if (unknown.length)
    throw validationFailed(
      unknown.map((id) => ({ path: `entryIds.${entryIds.indexOf(id)}`, message: '该项目不在本轮评审中' })),
    );
  const next = contest.rounds.some((r) => r.n === n + 1) ? n + 1 : n;
  const chosen = new Set(entryIds);
  const updated = [];
  for (const entry of all) {
    const status = chosen.has(entry.id) ? 'advanced' : 'not_advanced';
    const round = chosen.has(entry.id) ? next : n;
    updated.push(
      await entries.mutateEntry(contestId, entry.id, (now) =>
        now.status === status && now.round === round ? 'unchanged' : { set: { status, round } },
      ),
    );
  }
  return { items: updated.map(toEntry), nextCursor: null };
}
