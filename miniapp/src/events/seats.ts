import { formatShanghai, type EventSummary } from '@szkc/shared';

type SeatTone = 'open' | 'few' | 'waitlist' | 'full' | 'cancelled' | 'closed';

type SeatFacts = Pick<
  EventSummary,
  'seatsLeft' | 'capacity' | 'waitlistOpen' | 'status' | 'signupOpensAt' | 'signupClosesAt'
>;

/**
 * What a list card or the detail page says about seats: 余 12 席 / 已满·可候补 / 已满, and, outside
 * the signup window, that signup has not opened or is over (a green 余 N 席 would invite a tap
 * that cannot succeed).
 */
/** How many may come on one registration, in the event's own numbers (adults and children alike). */
export function partyLimitText(maxPartySize: number): string {
  if (maxPartySize <= 1) return '每次报名限 1 人，每人需单独报名';
  const family = maxPartySize >= 3 ? '，如一位家长带两个孩子算 3 人' : '';
  return `每次报名最多 ${maxPartySize} 人，大人孩子都算${family}`;
}

export function seatLabel(event: SeatFacts, now = Date.now()): { text: string; tone: SeatTone } {
  if (event.status === 'cancelled') return { text: '活动已取消', tone: 'cancelled' };
  if (event.status === 'published' && Date.parse(event.signupOpensAt) > now)
    return { text: `${formatShanghai(event.signupOpensAt)} 开始报名`, tone: 'closed' };
  if (event.status === 'published' && Date.parse(event.signupClosesAt) <= now)
    return { text: '报名已截止', tone: 'closed' };
  if (event.seatsLeft > 0) {
    // "Few" is what makes a parent decide now: a fifth of the seats or 5 people, whichever is more.
    const few = event.seatsLeft <= Math.max(5, Math.ceil(event.capacity * 0.2));
    return { text: `余 ${event.seatsLeft} 席`, tone: few ? 'few' : 'open' };
  }
  return event.waitlistOpen ? { text: '已满·可候补', tone: 'waitlist' } : { text: '已满', tone: 'full' };
}
