// A contest's status is never stored: it follows from publication, the signup window and the
// rounds, so it is right at every moment without a scheduled job.
import { parseIsoInstant } from '../time';
import type { ContestStatus, RoundStatus } from './rules';

export type ContestTimeline = {
  published: boolean;
  signupOpensAt: string;
  signupClosesAt: string;
  rounds: ReadonlyArray<{ status: RoundStatus }>;
  /** Reviewers are assigned or a score exists. */
  reviewStarted: boolean;
};

export function contestStatus(contest: ContestTimeline, now: number = Date.now()): ContestStatus {
  if (!contest.published) return 'draft';
  if (now < parseIsoInstant(contest.signupOpensAt)!) return 'upcoming';
  if (now < parseIsoInstant(contest.signupClosesAt)!) return 'open';
  if (contest.rounds.length > 0 && contest.rounds.every((round) => round.status === 'closed'))
    return 'finished';
  if (contest.reviewStarted || contest.rounds.some((round) => round.status === 'closed')) return 'reviewing';
  return 'closed';
}
