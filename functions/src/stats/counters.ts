// The city-wide counters of the stats table, as the other capabilities move them while their own
// data changes. Each move is one atomic UpdateItem (ADD). Where a request can die between its own
// write and this one, its capability's repair recounts from its own items (venues: the city day
// from the venues' day counters; policies: the pipeline from the saved profiles, repair.ts).
import { tableNames } from '../config';
import { documents } from '../store/document';
import { updateIf } from '../store/operations';
import {
  checkAttribute,
  checksPartition,
  dayKey,
  districtAttribute,
  eligibleAttribute,
  pipelineKey,
  visitsPartition,
  type CityDayItem,
  type PipelineItem,
} from './items';

const TableName = () => tableNames.stats;

/** One check-in into the city's day (after the venue's own day counter took it). */
export const countCityVisit = (day: string, district: string, firstTime: boolean) =>
  documents.update({
    TableName: TableName(),
    Key: dayKey(visitsPartition, day),
    UpdateExpression:
      'SET #day = :day ADD visits :one, firstTimeVisitors :first, #district :one, version :one',
    ExpressionAttributeNames: { '#day': 'day', '#district': districtAttribute(district) },
    ExpressionAttributeValues: { ':day': day, ':one': 1, ':first': firstTime ? 1 : 0 },
  });

export async function getCityDay(day: string): Promise<CityDayItem | null> {
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: dayKey(visitsPartition, day),
    ConsistentRead: true,
  });
  return (Item as CityDayItem | undefined) ?? null;
}

export type CityDayCounts = { visits: number; firstTimeVisitors: number; byDistrict: Record<string, number> };

/** Writes a recount of the city's day unless a check-in moved it since `readVersion` was read. */
export function writeCityDayRecount(day: string, counts: CityDayCounts, read: CityDayItem | null) {
  const names: Record<string, string> = { '#day': 'day' };
  const values: Record<string, unknown> = {
    ':day': day,
    ':visits': counts.visits,
    ':first': counts.firstTimeVisitors,
    ':next': (read?.version ?? 0) + 1,
  };
  // Every district the old item had, too, so a district counted by mistake goes back to 0.
  const districts = new Set([
    ...Object.keys(counts.byDistrict),
    ...Object.keys(read ?? {})
      .filter((key) => key.startsWith('district#'))
      .map((key) => key.slice('district#'.length)),
  ]);
  const sets = [...districts].map((district, i) => {
    names[`#d${i}`] = districtAttribute(district);
    values[`:d${i}`] = counts.byDistrict[district] ?? 0;
    return `#d${i} = :d${i}`;
  });
  if (read) values[':read'] = read.version;
  return updateIf<CityDayItem>({
    TableName: TableName(),
    Key: dayKey(visitsPartition, day),
    UpdateExpression: `SET ${['#day = :day', 'visits = :visits', 'firstTimeVisitors = :first', 'version = :next', ...sets].join(', ')}`,
    ConditionExpression: read ? 'version = :read' : 'attribute_not_exists(pk)',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  });
}

/**
 * One eligibility request into its day: the request, and each policy's verdict. Nothing about the
 * enterprise is written, only which verdict each policy gave.
 */
export function countEligibilityChecks(
  day: string,
  results: ReadonlyArray<{ policyId: string; verdict: string }>,
) {
  const names: Record<string, string> = { '#day': 'day' };
  const adds = results.map((r, i) => {
    names[`#c${i}`] = checkAttribute(r.policyId, r.verdict);
    return `#c${i} :one`;
  });
  return documents.update({
    TableName: TableName(),
    Key: dayKey(checksPartition, day),
    UpdateExpression: `SET #day = :day ADD requests :one${adds.length ? `, ${adds.join(', ')}` : ''}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ':day': day, ':one': 1 },
  });
}

/** How the pipeline moves when one profile changes: -1, 0 or +1 for each count. */
export type PipelineDelta = { saved: number; eligible: Record<string, number> };

export const pipelineDelta = (before: ReadonlySet<string> | null, after: ReadonlySet<string> | null) => {
  const eligible: Record<string, number> = {};
  for (const id of new Set([...(before ?? []), ...(after ?? [])]))
    eligible[id] = (after?.has(id) ? 1 : 0) - (before?.has(id) ? 1 : 0);
  return { saved: (after ? 1 : 0) - (before ? 1 : 0), eligible };
};

function pipelineAdd(delta: PipelineDelta, op: string, opVerb: 'ADD' | 'DELETE') {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':one': 1, ':op': new Set([op]), ':saved': delta.saved };
  const adds = ['savedProfiles :saved', 'version :one'];
  Object.entries(delta.eligible)
    .filter(([, n]) => n !== 0)
    .forEach(([policyId, n], i) => {
      names[`#e${i}`] = eligibleAttribute(policyId);
      values[`:e${i}`] = n;
      adds.push(`#e${i} :e${i}`);
    });
  const update =
    opVerb === 'ADD' ? `ADD ${adds.join(', ')}, inflight :op` : `ADD ${adds.join(', ')} DELETE inflight :op`;
  return documents.update({
    TableName: TableName(),
    Key: pipelineKey,
    UpdateExpression: update,
    ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
    ExpressionAttributeValues: values,
  });
}

/**
 * Step 1 of a profile change: the counts move and the change is marked in flight (`op`), so the
 * recount waits for it and, once it is older than any request lives, takes the profiles as truth.
 */
export const beginPipelineChange = (delta: PipelineDelta, op: string) => pipelineAdd(delta, op, 'ADD');

/** Step 3: the profile is written as counted; the change is no longer in flight. */
export const endPipelineChange = (op: string) =>
  documents.update({
    TableName: TableName(),
    Key: pipelineKey,
    UpdateExpression: 'DELETE inflight :op',
    ExpressionAttributeValues: { ':op': new Set([op]) },
  });

/** The profile write was refused (another save came first): the counts move back, op ends. */
export const undoPipelineChange = (delta: PipelineDelta, op: string) =>
  pipelineAdd(
    {
      saved: -delta.saved,
      eligible: Object.fromEntries(Object.entries(delta.eligible).map(([id, n]) => [id, -n])),
    },
    op,
    'DELETE',
  );

export async function getPipeline(consistent = false): Promise<PipelineItem | null> {
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: pipelineKey,
    ConsistentRead: consistent,
  });
  return (Item as PipelineItem | undefined) ?? null;
}
