import { parseIsoInstant } from '@szkc/shared';

interface Dated {
  startAt: string;
  endAt: string;
}

/**
 * Events by their date, as a person looks for them: those still to come or under way first,
 * soonest first; then those over, latest first. The lists come from the server by when they
 * were made, so the pages already loaded are put in this order.
 */
export function byEventDate<T>(items: readonly T[], eventOf: (item: T) => Dated, now = Date.now()): T[] {
  const at = (text: string) => parseIsoInstant(text) ?? 0;
  return items
    .map((item) => ({ item, start: at(eventOf(item).startAt), over: at(eventOf(item).endAt) < now }))
    .sort((a, b) => {
      if (a.over !== b.over) return a.over ? 1 : -1;
      return a.over ? b.start - a.start : a.start - b.start;
    })
    .map(({ item }) => item);
}
