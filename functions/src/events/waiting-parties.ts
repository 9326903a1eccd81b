// Waiting parties counted per size on the event item (`waitingParties<size>`), moved in the same
// conditional update as waitlistLeft: a wait hold adds one, a promotion hold and a release of a
// waitlisted registration take one away, and the repair recounts them. With them a condition on
// the event alone can say whether any waiting party fits the seats left, so a newcomer takes a
// seat only when none does (freed seats go to the waitlist first, API.md), whatever interleaving.
import { partySizeLimit } from '@szkc/shared';
import type { EventItem } from './items';

export const waitingAttribute = (size: number) => `waitingParties${size}` as const;

const sizes = Array.from({ length: partySizeLimit }, (_, i) => i + 1);

export const waitingCount = (event: EventItem, size: number) => event[waitingAttribute(size)] ?? 0;

/** True when some waiting party (or one being waitlisted) would fit the event's seats left. */
export const seatsOwedToWaitlist = (event: EventItem) =>
  sizes.some((size) => size <= event.seatsLeft && waitingCount(event, size) > 0);

/** Seats a newcomer of this party size may take now. */
export const seatsOpenTo = (event: EventItem, partySize: number) =>
  event.seatsLeft >= partySize && !seatsOwedToWaitlist(event);

type Condition = { expression: string; names: Record<string, string>; values: Record<string, unknown> };

function sizeTerms() {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':noneWaiting': 0 };
  for (const size of sizes) {
    names[`#w${size}`] = waitingAttribute(size);
    values[`:size${size}`] = size;
  }
  return { names, values };
}

/** The store's form of `seatsOpenTo(event, :n)`; `:n` is the caller's. */
export function seatsOpenCondition(): Condition {
  const { names, values } = sizeTerms();
  const noneFits = sizes.map(
    (size) => `(seatsLeft < :size${size} OR attribute_not_exists(#w${size}) OR #w${size} <= :noneWaiting)`,
  );
  return { expression: `seatsLeft >= :n AND ${noneFits.join(' AND ')}`, names, values };
}

/** The exact negation of `seatsOpenCondition`: a newcomer of `:n` may only wait. */
export function seatsClosedCondition(): Condition {
  const { names, values } = sizeTerms();
  const someFits = sizes.map((size) => `(seatsLeft >= :size${size} AND #w${size} > :noneWaiting)`);
  return { expression: `(seatsLeft < :n OR ${someFits.join(' OR ')})`, names, values };
}

/** An UpdateExpression ADD clause moving the count of waiting parties of this size by :waitingDelta. */
export const waitingDelta = (size: number, delta: 1 | -1) => ({
  clause: `#waiting :waitingDelta`,
  names: { '#waiting': waitingAttribute(size) },
  values: { ':waitingDelta': delta },
});

/** Every per-size count, for a recount. */
export function waitingCountsFrom(partySizes: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const size of sizes) counts[waitingAttribute(size)] = 0;
  for (const size of partySizes) counts[waitingAttribute(size)] = (counts[waitingAttribute(size)] ?? 0) + 1;
  return counts;
}
