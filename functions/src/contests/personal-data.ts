// A person's contest data: their places in teams, and, as a reviewer, their assignments and scores.
// On account deletion a member leaves the team (counters follow); a leader hands the team to the
// longest-standing member, and a team of one is withdrawn (nobody is left to carry it), keeping
// the entry's project data for the contest's history but no one's name. Scores stay in the
// ranking under an anonymous key, so the organiser's figures do not change; assignments go.
import { ulid } from 'ulid';
import type { PersonalDataOwner } from '../account/personal-data';
import { tableNames } from '../config';
import { documents } from '../store/document';
import * as contests from './contests.repository';
import * as entries from './entries.repository';
import { dropMember } from './entries.service';
import { scoreKey, type EntryItem, type ScoreItem } from './items';
import * as reviews from './reviews.repository';

async function placesOf(userId: string) {
  const memberships = await entries.membershipsOf(userId);
  const found = await entries.getEntries(
    memberships.map((m) => ({ contestId: m.contestId, entryId: m.entryId })),
  );
  return memberships.flatMap((membership) => {
    const entry = found.find((e) => e.id === membership.entryId);
    const member = entry?.members.find((m) => m.userId === userId);
    return entry && member ? [{ membership, entry, member }] : [];
  });
}

async function exportContests(userId: string) {
  const [places, assignments] = await Promise.all([placesOf(userId), reviews.assignmentsOf(userId)]);
  const byId = await contests.getContests([
    ...new Set([...places.map((p) => p.entry.contestId), ...assignments.map((a) => a.contestId)]),
  ]);
  const scores = (await Promise.all(assignments.map((a) => reviews.scoresBy(a.contestId, userId)))).flat();
  return {
    contestEntries: places.map(({ entry, member }) => ({
      contestId: entry.contestId,
      contestTitle: byId.get(entry.contestId)?.title ?? '',
      entryId: entry.id,
      projectName: entry.projectName,
      isLeader: entry.leaderId === userId,
      status: entry.status,
      organizationName: entry.organizationName,
      joinedAt: member.joinedAt,
    })),
    contestReviews: {
      assignments: assignments.map((a) => ({
        contestId: a.contestId,
        trackIds: a.trackIds,
        organizationName: a.organizationName,
      })),
      scores: scores.map((s) => ({
        contestId: s.contestId,
        entryId: s.entryId,
        round: s.round,
        scores: s.scores,
        total: s.total,
        comment: s.comment,
        updatedAt: s.updatedAt,
      })),
    },
  };
}

/** The leader leaves: the longest-standing member leads, or a team of one is withdrawn. */
async function leaderLeaves(entry: EntryItem, userId: string) {
  let withdrew = false;
  await entries.mutateEntry(entry.contestId, entry.id, (now) => {
    if (!now.members.some((m) => m.userId === userId)) return 'unchanged';
    const others = now.members
      .filter((m) => m.userId !== userId)
      .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
    if (others.length === 0) {
      withdrew = now.status !== 'withdrawn';
      return { set: { members: [], memberCount: 0, leaderId: '', status: 'withdrawn' } };
    }
    const [heir] = others;
    return {
      set: {
        members: others.map((m) => ({ ...m, isLeader: m.userId === heir!.userId })),
        memberCount: others.length,
        leaderId: heir!.userId,
      },
    };
  });
  if (withdrew) await contests.addEntryCount(entry.contestId, -1);
  await entries.deleteMembership(entry.contestId, userId, entry.id);
}

/** Moves a score to a key that names no one; the ranking reads the same figures. */
async function anonymiseScore(score: ScoreItem) {
  const anonymous = `erased-${ulid()}`;
  await documents.put({
    TableName: tableNames.contests,
    Item: {
      ...score,
      ...scoreKey(score.contestId, score.round, score.entryId, anonymous),
      reviewerId: anonymous,
    },
  });
  await documents.delete({ TableName: tableNames.contests, Key: { pk: score.pk, sk: score.sk } });
}

async function eraseContests(userId: string) {
  for (const { entry } of await placesOf(userId)) {
    if (entry.leaderId === userId) await leaderLeaves(entry, userId);
    else await dropMember(entry.contestId, entry.id, userId);
  }
  // Places whose entry no longer lists the person (a join that died halfway).
  for (const membership of await entries.membershipsOf(userId))
    await entries.deleteMembership(membership.contestId, userId, membership.entryId);
  for (const assignment of await reviews.assignmentsOf(userId)) {
    for (const score of await reviews.scoresBy(assignment.contestId, userId)) await anonymiseScore(score);
    await reviews.deleteReviewer(assignment.contestId, userId);
    await reviews.setReviewerCount(
      assignment.contestId,
      (await reviews.reviewersOf(assignment.contestId)).length,
    );
  }
}

export const contestsPersonalData: PersonalDataOwner = {
  export: exportContests,
  erase: eraseContests,
};
