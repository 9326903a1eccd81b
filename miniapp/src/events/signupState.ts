import { parseIsoInstant, type Event, type Registration } from '@szkc/shared';

/**
 * Where a person stands with an event, in the order that decides what the detail page shows:
 * an own registration first, then the event's state, then the signup window, then seats.
 */
export type SignupState =
  | { kind: 'confirmed'; registration: Registration }
  | { kind: 'waitlisted'; registration: Registration }
  | { kind: 'pending'; registration: Registration }
  | { kind: 'cancelled' }
  | { kind: 'ended' }
  | { kind: 'notOpen'; opensAt: string }
  | { kind: 'closed' }
  | { kind: 'open' }
  | { kind: 'waitlist' }
  | { kind: 'full' };

export function signupState(event: Event, now: number = Date.now()): SignupState {
  const mine = event.myRegistration;
  if (mine && mine.status !== 'cancelled') {
    if (mine.status === 'confirmed') return { kind: 'confirmed', registration: mine };
    if (mine.status === 'waitlisted') return { kind: 'waitlisted', registration: mine };
    return { kind: 'pending', registration: mine };
  }
  if (event.status === 'cancelled') return { kind: 'cancelled' };
  const at = (text: string) => parseIsoInstant(text) ?? 0;
  if (now >= at(event.endAt)) return { kind: 'ended' };
  if (now < at(event.signupOpensAt)) return { kind: 'notOpen', opensAt: event.signupOpensAt };
  if (now >= at(event.signupClosesAt)) return { kind: 'closed' };
  if (event.seatsLeft > 0) return { kind: 'open' };
  return event.waitlistOpen ? { kind: 'waitlist' } : { kind: 'full' };
}

/** States in which the 报名 sheet may open. */
export const canRegister = (state: SignupState) => state.kind === 'open' || state.kind === 'waitlist';
