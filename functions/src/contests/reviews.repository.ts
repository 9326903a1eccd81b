// Reviewer assignments and scores. A first score marks the contest scored (rubric locked) on
// condition that the rubric is still the one the score was checked against.
import { tableNames } from '../config';
import { documents } from '../store/document';
import { deleteIf, inPartition, queryAll, updateIf } from '../store/operations';
import {
  contestKey,
  contestPartition,
  entryScorePrefix,
  reviewerKey,
  reviewerKeys,
  reviewerPartition,
  reviewerPrefix,
  roundScorePrefix,
  scoreKey,
  type ContestItem,
  type ReviewerItem,
  type ScoreItem,
} from './items';

const TableName = () => tableNames.contests;

export async function getReviewer(contestId: string, userId: string): Promise<ReviewerItem | null> {
  const { Item } = await documents.get({ TableName: TableName(), Key: reviewerKey(contestId, userId) });
  return (Item as ReviewerItem | undefined) ?? null;
}

const inContest = (contestId: string, prefix: string) => ({
  KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
  ExpressionAttributeValues: { ':pk': contestPartition(contestId).pk, ':prefix': prefix },
});

export const reviewersOf = (contestId: string) =>
  queryAll<ReviewerItem>({ TableName: TableName(), ...inContest(contestId, reviewerPrefix) });

/** A reviewer's assignments in every contest. */
export const assignmentsOf = (userId: string) =>
  queryAll<ReviewerItem>({
    TableName: TableName(),
    IndexName: 'gsi2',
    ...inPartition(reviewerPartition(userId)),
  });

export async function putReviewer(
  contestId: string,
  reviewer: { userId: string; nickname: string; trackIds: string[]; organizationName: string | null },
): Promise<void> {
  const item: ReviewerItem = {
    ...reviewerKey(contestId, reviewer.userId),
    contestId,
    ...reviewer,
    ...reviewerKeys(reviewer.userId, contestId),
  };
  await documents.put({ TableName: TableName(), Item: item });
}

export const deleteReviewer = (contestId: string, userId: string) =>
  deleteIf({
    TableName: TableName(),
    Key: reviewerKey(contestId, userId),
    ConditionExpression: 'attribute_exists(pk)',
  });

/** The contest's count of reviewers, as the status needs it (reviewing once any is assigned). */
export async function setReviewerCount(contestId: string, count: number): Promise<void> {
  await documents.update({
    TableName: TableName(),
    Key: contestKey(contestId),
    UpdateExpression: 'SET reviewerCount = :count',
    ExpressionAttributeValues: { ':count': count },
  });
}

/** Locks the rubric the score was checked against; null when the rubric changed meanwhile. */
export const markScored = (contest: ContestItem) =>
  updateIf<ContestItem>({
    TableName: TableName(),
    Key: contestKey(contest.id),
    UpdateExpression: 'SET scoredAt = if_not_exists(scoredAt, :now)',
    ConditionExpression: 'rubricRevision = :revision',
    ExpressionAttributeValues: { ':now': new Date().toISOString(), ':revision': contest.rubricRevision },
  });

export async function putScore(score: Omit<ScoreItem, 'pk' | 'sk'>): Promise<ScoreItem> {
  const item: ScoreItem = {
    ...scoreKey(score.contestId, score.round, score.entryId, score.reviewerId),
    ...score,
  };
  await documents.put({ TableName: TableName(), Item: item });
  return item;
}

export const scoresOfRound = (contestId: string, round: number) =>
  queryAll<ScoreItem>({ TableName: TableName(), ...inContest(contestId, roundScorePrefix(round)) });

export const scoresOfEntry = (contestId: string, round: number, entryId: string) =>
  queryAll<ScoreItem>({ TableName: TableName(), ...inContest(contestId, entryScorePrefix(round, entryId)) });

/** Every score a reviewer gave in a contest (their page, their export). */
export const scoresBy = (contestId: string, reviewerId: string) =>
  queryAll<ScoreItem>({
    TableName: TableName(),
    ...inContest(contestId, 'SCORE#'),
    FilterExpression: 'reviewerId = :reviewer',
    ExpressionAttributeValues: {
      ':pk': contestPartition(contestId).pk,
      ':prefix': 'SCORE#',
      ':reviewer': reviewerId,
    },
  });
