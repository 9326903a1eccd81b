// Reads an event's registrations straight from the store, to check the seat invariant against
// the counters the API shows.
import { repairEvent } from '../../functions/src/events/repair';
import { getEvent } from '../../functions/src/events/events.repository';
import { eventRegistrations } from '../../functions/src/events/seats';
import type { EventItem } from '../../functions/src/events/items';

export async function audit(eventId: string) {
  const regs = await eventRegistrations(eventId, true);
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

/** Backdates a registration's last change, as if the request working on it ended long ago. */
export async function ageRegistration(eventId: string, userId: string, ms: number) {
  const { documents } = await import('../../functions/src/store/document');
  const { tableNames } = await import('../../functions/src/config');
  await documents.update({
    TableName: tableNames.events,
    Key: { pk: `EVENT#${eventId}`, sk: `REG#${userId}` },
    UpdateExpression: 'SET updatedAt = :old',
    ExpressionAttributeValues: { ':old': new Date(Date.now() - ms).toISOString() },
  });
}
