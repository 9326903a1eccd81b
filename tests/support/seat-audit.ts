// Reads an event's registrations straight from the store, to check the seat invariant against
// the counters the API shows.
import { repairEvent } from '../../functions/src/events/repair';
import { getEvent } from '../../functions/src/events/events.repository';
import { documents } from '../../functions/src/store/document';
import { tableNames } from '../../functions/src/config';
import type { EventItem, RegistrationItem } from '../../functions/src/events/items';

export async function audit(eventId: string) {
  const regs: RegistrationItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents.query({
      TableName: tableNames.events,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :reg)',
      ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':reg': 'REG#' },
      ConsistentRead: true,
      ExclusiveStartKey: start,
    });
    regs.push(...((page.Items ?? []) as RegistrationItem[]));
    start = page.LastEvaluatedKey;
  } while (start);
  const event = (await getEvent(eventId, true)) as EventItem;
  const sum = (status: string) =>
    regs.filter((r) => r.status === status).reduce((n, r) => n + r.partySize, 0);
  return {
    event,
    regs,
    confirmedSeats: sum('confirmed'),
    waitingPeople: sum('waitlisted'),
    pending: regs.filter((r) => r.status === 'pending').length,
    inflight: [...(event.inflight ?? [])],
  };
}

export { repairEvent };
