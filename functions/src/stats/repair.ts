// The pipeline recount: saved enterprise profiles and, per policy, those counted as eligible, from
// the profiles themselves (policies/pipeline.ts keeps them as the counters hold them). Safe at any
// time, also during a rush of saves: it waits while a change younger than any request can live
// is in flight, and writes only if the counters did not move since it read them.
import { allPolicies } from '@szkc/shared';
import { tableNames } from '../config';
import { logger } from '../http/logger';
import { allProfiles } from '../policies/enterprise.repository';
import { countedAs, opStartedMs } from '../policies/pipeline';
import { updateIf } from '../store/operations';
import { getPipeline } from './counters';
import { eligibleAttribute, pipelineKey, type PipelineItem } from './items';

/** Longer than any request lives (the function timeout is 10 s). */
export const staleAfterMs = 60_000;

export type PipelineRecount = {
  recounted: boolean;
  savedProfiles: number | null;
  eligibleByPolicy: Record<string, number> | null;
  /** The counters before, when the recount changed them. */
  corrected: { savedProfiles: number; eligibleByPolicy: Record<string, number> } | null;
};

const eligibleOf = (item: PipelineItem | null) =>
  Object.fromEntries(
    allPolicies.map((p) => [p.id, Number(item?.[eligibleAttribute(p.id) as `eligible#${string}`] ?? 0)]),
  );

export async function recountPipeline(now = Date.now()): Promise<PipelineRecount> {
  const report: PipelineRecount = {
    recounted: false,
    savedProfiles: null,
    eligibleByPolicy: null,
    corrected: null,
  };
  // The counters first: a change the profiles below miss moves their version after this read.
  const counter = await getPipeline(true);
  const inflight = [...(counter?.inflight ?? [])];
  if (inflight.some((op) => now - opStartedMs(op) < staleAfterMs)) return report; // a save is live
  const profiles = await allProfiles();
  const eligibleByPolicy = Object.fromEntries(allPolicies.map((p) => [p.id, 0]));
  for (const profile of profiles)
    for (const id of countedAs(profile)) eligibleByPolicy[id] = (eligibleByPolicy[id] ?? 0) + 1;
  const savedProfiles = profiles.length;
  const before = {
    savedProfiles: Number(counter?.savedProfiles ?? 0),
    eligibleByPolicy: eligibleOf(counter),
  };
  const same =
    counter !== null &&
    inflight.length === 0 &&
    before.savedProfiles === savedProfiles &&
    Object.entries(eligibleByPolicy).every(([id, n]) => before.eligibleByPolicy[id] === n);
  if (!same && !(counter === null && savedProfiles === 0)) {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':saved': savedProfiles, ':next': (counter?.version ?? 0) + 1 };
    const sets = Object.entries(eligibleByPolicy).map(([id, n], i) => {
      names[`#e${i}`] = eligibleAttribute(id);
      values[`:e${i}`] = n;
      return `#e${i} = :e${i}`;
    });
    if (counter) values[':read'] = counter.version;
    const written = await updateIf<PipelineItem>({
      TableName: tableNames.stats,
      Key: pipelineKey,
      // Changes still marked in flight are older than any request: the profiles hold their outcome.
      UpdateExpression: `SET savedProfiles = :saved, version = :next, ${sets.join(', ')} REMOVE inflight`,
      ConditionExpression: counter ? 'version = :read' : 'attribute_not_exists(pk)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
    if (!written) return report; // a save moved the counters meanwhile: next run
    if (counter) report.corrected = before;
    if (report.corrected)
      logger.info('pipeline counters repaired', { before, after: { savedProfiles, eligibleByPolicy } });
  }
  return { ...report, recounted: true, savedProfiles, eligibleByPolicy };
}
