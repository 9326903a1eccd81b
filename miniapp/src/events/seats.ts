import type { EventSummary } from '@szkc/shared';

type SeatTone = 'open' | 'few' | 'waitlist' | 'full' | 'cancelled';

/** What a list card or the detail page says about seats: 余 12 席 / 已满·可候补 / 已满. */
export function seatLabel(event: Pick<EventSummary, 'seatsLeft' | 'capacity' | 'waitlistOpen' | 'status'>): {
  text: string;
  tone: SeatTone;
} {
  if (event.status === 'cancelled') return { text: '活动已取消', tone: 'cancelled' };
  if (event.seatsLeft > 0) {
    // "Few" is what makes a parent decide now: a fifth of the seats or 5 people, whichever is more.
    const few = event.seatsLeft <= Math.max(5, Math.ceil(event.capacity * 0.2));
    return { text: `余 ${event.seatsLeft} 席`, tone: few ? 'few' : 'open' };
  }
  return event.waitlistOpen ? { text: '已满·可候补', tone: 'waitlist' } : { text: '已满', tone: 'full' };
}
