// Recounts a contest's entry counter from its entries. The counter moves by one ADD after each
// entry is written or withdrawn; a request that died between the two leaves it off by one, and
// this puts it right. The write is conditional on the counter it read, so a signup meanwhile makes
// it read again instead of being overwritten.
import { tableNames } from '../config';
import { updateIf } from '../store/operations';
import { getContest } from './contests.repository';
import { entriesOfContest } from './entries.repository';
import { contestKey } from './items';

/** The corrected count, or null when the contest does not exist. */
export async function recountEntries(contestId: string): Promise<number | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const contest = await getContest(contestId, true);
    if (!contest) return null;
    const counted = (await entriesOfContest(contestId)).filter(
      (entry) => entry.status !== 'withdrawn',
    ).length;
    if (counted === contest.entryCount) return counted;
    const written = await updateIf({
      TableName: tableNames.contests,
      Key: contestKey(contestId),
      UpdateExpression: 'SET entryCount = :counted',
      ConditionExpression: 'entryCount = :read',
      ExpressionAttributeValues: { ':counted': counted, ':read': contest.entryCount },
    });
    if (written) return counted;
  }
  throw new Error(`entry count of ${contestId} kept moving during the recount`);
}
