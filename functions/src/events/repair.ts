// The repair routine: finishes or rolls back what crashed requests left half done, then recounts
// seatsLeft, waitlistLeft and the waiting parties per size from the registrations. Safe at any time, also during a rush: it only
// touches operations older than any request can live, and its recount is written only if no
// counter moved and nothing was in flight since it read the event.
import { tableNames } from '../config';
import { logger } from '../http/logger';
import { documents } from '../store/document';
import { deleteIf, scanAll, updateIf } from '../store/operations';
import { eventKey, registrationKey, type EventItem, type RegistrationItem } from './items';
import { getEvent } from './events.repository';
import {
  claimStaleRelease,
  clearOps,
  eventRegistrations,
  finishRelease,
  promoteWaitlist,
  staleAfterMs,
} from './seats';
import { settleRegistration } from './settle';
import { waitingCountsFrom } from './waiting-parties';

const TableName = () => tableNames.events;

export type RepairReport = {
  eventId: string;
  opsResolved: number;
  pendingDropped: number;
  releasesFinished: number;
  recounted: boolean;
  seatsLeft: number | null;
  waitlistLeft: number | null;
  /** People checked in as recounted, or null when a check-in was too young to recount. */
  checkedIn: number | null;
  promoted: number;
};

const isStale = (reg: RegistrationItem | undefined, now: number) =>
  !reg || now - Date.parse(reg.updatedAt) > staleAfterMs;

/** Completes an op from its registration's state, as the crashed request would have. */
async function resolveOp(op: string, reg: RegistrationItem | undefined) {
  const [kind] = op.split('#');
  // Refused conditions mean another attempt got there first: nothing left to finish.
  if (reg && kind === 'hold' && reg.status === 'pending') await settleRegistration(reg, 'confirm');
  else if (reg && kind === 'wait' && reg.status === 'pending') await settleRegistration(reg, 'wait');
  else if (reg && kind === 'promote' && reg.status === 'waitlisted') await settleRegistration(reg, 'promote');
  else if (reg && kind === 'release' && reg.releasePending) {
    await documents.update({
      TableName: TableName(),
      Key: registrationKey(reg.eventId, reg.userId),
      UpdateExpression: 'REMOVE releasePending',
      ConditionExpression: 'id = :id',
      ExpressionAttributeValues: { ':id': reg.id },
    });
  }
  // Anything else (a duplicate hold, a registration gone) holds nothing: the recount settles it.
}

/** seatsLeft and waitlistLeft as the registrations say, given the ops in flight. */
export function countFromRegistrations(event: EventItem, regs: RegistrationItem[]) {
  const inflight = event.inflight ?? new Set<string>();
  let held = 0;
  const waitingParties: number[] = [];
  for (const reg of regs) {
    const has = (kind: string) => inflight.has(`${kind}#${reg.id}`);
    if (reg.status === 'confirmed') held += reg.partySize;
    else if (reg.status === 'pending' && has('hold')) held += reg.partySize;
    else if (reg.status === 'pending' && has('wait')) waitingParties.push(reg.partySize);
    else if (reg.status === 'waitlisted') {
      if (has('promote')) held += reg.partySize;
      else waitingParties.push(reg.partySize);
    } else if (reg.status === 'cancelled' && reg.releasePending && !has('release')) {
      // Marked cancelled, seats not given back yet.
      if (reg.releasePending === 'confirmed') held += reg.partySize;
      else waitingParties.push(reg.partySize);
    }
  }
  const waiting = waitingParties.reduce((sum, size) => sum + size, 0);
  return {
    seatsLeft: event.capacity - held,
    waitlistLeft: event.waitlistLimit - waiting,
    waitingParties: waitingCountsFrom(waitingParties),
  };
}

/** People checked in at the door, or null while a check-in's counter ADD may be on its way. */
export function checkedInFromRegistrations(regs: RegistrationItem[], now: number): number | null {
  let people = 0;
  for (const reg of regs) {
    if (!reg.checkedInAt) continue;
    if (now - Date.parse(reg.checkedInAt) < staleAfterMs) return null;
    people += reg.partySize;
  }
  return people;
}

export async function repairEvent(eventId: string, now = Date.now()): Promise<RepairReport> {
  const report: RepairReport = {
    eventId,
    opsResolved: 0,
    pendingDropped: 0,
    releasesFinished: 0,
    recounted: false,
    seatsLeft: null,
    waitlistLeft: null,
    checkedIn: null,
    promoted: 0,
  };
  const event = await getEvent(eventId, true);
  if (!event) return report;
  const regs = await eventRegistrations(eventId, true);
  const byId = new Map(regs.map((reg) => [reg.id, reg]));

  // 1. Stale ops: finish from the registration's state, then take them out.
  for (const op of event.inflight ?? []) {
    const reg = byId.get(op.split('#')[1] ?? '');
    if (!isStale(reg, now)) continue;
    await resolveOp(op, reg);
    await clearOps(eventId, [op]);
    report.opsResolved++;
  }
  // 2. Stale half-done registrations and cancellations with no op in flight.
  for (const reg of regs) {
    if (!isStale(reg, now)) continue;
    const inflight = event.inflight ?? new Set<string>();
    if (reg.status === 'pending' && !inflight.has(`hold#${reg.id}`) && !inflight.has(`wait#${reg.id}`)) {
      // Step 1 happened, step 2 never did: nothing is held, the person was told it failed.
      // Refused when the registration moved on meanwhile: then it is not stale any more.
      await deleteIf({
        TableName: TableName(),
        Key: registrationKey(reg.eventId, reg.userId),
        ConditionExpression: '#status = :pending AND id = :id AND updatedAt = :updatedAt',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pending': 'pending', ':id': reg.id, ':updatedAt': reg.updatedAt },
      });
      report.pendingDropped++;
    } else if (reg.status === 'cancelled' && reg.releasePending && !inflight.has(`release#${reg.id}`)) {
      const claimed = await claimStaleRelease(reg);
      if (claimed) {
        await finishRelease(claimed, null);
        report.releasesFinished++;
      }
    }
  }
  // 3. Recount, only from a quiet snapshot and only if nothing moved since.
  const fresh = await getEvent(eventId, true);
  if (fresh && (fresh.inflight?.size ?? 0) === 0) {
    const freshRegs = await eventRegistrations(eventId, true);
    const counts = countFromRegistrations(fresh, freshRegs);
    const sizes = Object.entries(counts.waitingParties);
    // The door counter moves by one ADD right after the registration is marked: recount it only
    // when no check-in is young enough for its ADD to be still on the way.
    const door = checkedInFromRegistrations(freshRegs, now);
    const doorSet = door === null ? '' : ', checkedInPeople = :checkedIn';
    const recounted = await updateIf({
      TableName: TableName(),
      Key: eventKey(eventId),
      UpdateExpression: `SET seatsLeft = :seats, waitlistLeft = :waiting${doorSet}, ${sizes.map((_, i) => `#size${i} = :size${i}`).join(', ')} ADD version :one`,
      ConditionExpression: 'version = :version AND attribute_not_exists(inflight)',
      ExpressionAttributeNames: Object.fromEntries(sizes.map(([name], i) => [`#size${i}`, name])),
      ExpressionAttributeValues: {
        ':seats': counts.seatsLeft,
        ':waiting': counts.waitlistLeft,
        ':version': fresh.version,
        ':one': 1,
        ...(door === null ? {} : { ':checkedIn': door }),
        ...Object.fromEntries(sizes.map(([, count], i) => [`:size${i}`, count])),
      },
    });
    // Refused when anything moved since the snapshot: the next run recounts.
    if (recounted) {
      report.recounted = true;
      report.seatsLeft = counts.seatsLeft;
      report.waitlistLeft = counts.waitlistLeft;
      const sizesMoved = sizes.some(
        ([name, count]) => (fresh[name as `waitingParties${number}`] ?? 0) !== count,
      );
      report.checkedIn = door;
      const doorMoved = door !== null && door !== (fresh.checkedInPeople ?? 0);
      if (
        counts.seatsLeft !== fresh.seatsLeft ||
        counts.waitlistLeft !== fresh.waitlistLeft ||
        sizesMoved ||
        doorMoved
      ) {
        logger.warn('repair corrected counters', {
          eventId,
          before: {
            seatsLeft: fresh.seatsLeft,
            waitlistLeft: fresh.waitlistLeft,
            checkedInPeople: fresh.checkedInPeople ?? 0,
          },
          after: { ...counts, checkedInPeople: door },
        });
      }
    }
  }
  // 4. Seats that came free go to the waitlist.
  report.promoted = (await promoteWaitlist(eventId)).length;
  return report;
}

/**
 * Every event. A scheduled job, not a request path: it may Scan. Events that ended more than a
 * week ago are left alone.
 */
export async function repairAll(now = Date.now()): Promise<RepairReport[]> {
  const recent = await scanAll<{ id: string }>({
    TableName: TableName(),
    FilterExpression: 'sk = :meta AND endMs > :since',
    ExpressionAttributeValues: { ':meta': eventKey('').sk, ':since': now - 7 * 24 * 3600 * 1000 },
    ProjectionExpression: 'id',
  });
  const reports: RepairReport[] = [];
  for (const item of recent) reports.push(await repairEvent(String(item.id), now));
  return reports;
}
