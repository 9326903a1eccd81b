import type { User } from '@szkc/shared';

// Who sees which organiser entry; the server checks again on every call.
export const canOrganize = (user: User | null) =>
  Boolean(user?.roles.some((role) => role === 'organizer' || role === 'admin'));
export const canCheckIn = (user: User | null) =>
  Boolean(user?.roles.some((role) => role === 'organizer' || role === 'admin' || role === 'venue_staff'));
