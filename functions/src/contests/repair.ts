// Recounts a contest's entry counter from its entries. The counter moves by one ADD after each
// entry is written or withdrawn; a request that died between the two leaves it off by one, and
// this puts it right. The write is conditional on the counter it read, so a signup meanwhile makes
// it read again instead of being overwritten.
import { tableNames } from '../config';
import { updateIf } from '../store/operations';
import { allContests, getContest } from './contests.repository';
import { entriesOfContest } from './entries.repository';
import { contestKey } from './items';

/** The corrected count, or null when the contest does not exist. */
export async function recountEntries(contestId: string): Promise<number | null> {
  return (await recount(contestId))?.entryCount ?? null;
}

export interface EntryRecount {
  contestId: string;
  title: string;
  entryCount: number;
  /** The counter as it stood when it was wrong, or null when it was right. */
  corrected: number | null;
}

/** Every contest's counter, drafts too (`npm run repair`). */
export async function recountAll(): Promise<EntryRecount[]> {
  const reports: EntryRecount[] = [];
  for (const { id } of await allContests()) {
    const report = await recount(id);
    if (report) reports.push(report);
  }
  return reports;
}

async function recount(contestId: string): Promise<EntryRecount | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const contest = await getContest(contestId, true);
    if (!contest) return null;
    const counted = (await entriesOfContest(contestId)).filter(
      (entry) => entry.status !== 'withdrawn',
    ).length;
    const report = { contestId, title: contest.title, entryCount: counted };
    if (counted === contest.entryCount) return { ...report, corrected: null };
    const written = await updateIf({
      TableName: tableNames.contests,
      Key: contestKey(contestId),
      UpdateExpression: 'SET entryCount = :counted',
      ConditionExpression: 'entryCount = :read',
      ExpressionAttributeValues: { ':counted': counted, ':read': contest.entryCount },
    });
    if (written) return { ...report, corrected: contest.entryCount };
  }
  throw new Error(`entry count of ${contestId} kept moving during the recount`);
}
