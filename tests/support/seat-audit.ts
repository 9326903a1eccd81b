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
