// Who may do what to which resource: pure rules over an account's roles and the resource, used by
// the functions to allow or refuse, and by the mini-program to show or hide what leads there.
// Only for what exists; a new capability adds the rules for its own resources here.
import type { Role } from './users';

/** The account asking: whatever has an id and roles (the API's User, the server's record). */
export type Actor = { id: string; roles: readonly Role[] } | null | undefined;
/** An event as the rules need it: who organises it. */
export type OrganizedResource = { organizerId: string };
/** A venue as the rules need it: who staffs it. */
export type StaffedResource = { staffIds: readonly string[] };

const holds = (actor: Actor, ...roles: Role[]) => Boolean(actor?.roles.some((role) => roles.includes(role)));
const organizes = (actor: Actor, event: OrganizedResource) =>
  holds(actor, 'organizer') && event.organizerId === actor?.id;

export const can = {
  /** Create events and see the organiser's pages. */
  organizeEvents: (actor: Actor) => holds(actor, 'organizer', 'admin'),
  /** Change, publish, cancel this event, see its drafts and roster: its organiser, or an admin. */
  manageEvent: (actor: Actor, event: OrganizedResource) => holds(actor, 'admin') || organizes(actor, event),
  /** Check people in at some event (the door page): organisers, venue staff and admins. */
  checkIn: (actor: Actor) => holds(actor, 'organizer', 'venue_staff', 'admin'),
  /** Check people in at this event: its organiser, any venue staff, or an admin. */
  checkInAt: (actor: Actor, event: OrganizedResource) =>
    holds(actor, 'venue_staff', 'admin') || organizes(actor, event),
  /** Create and change venues, name their staff, see every venue's figures. */
  manageVenues: (actor: Actor) => holds(actor, 'admin'),
  /** Show this venue's code and see its figures: its own staff (named per venue), or an admin. */
  runVenue: (actor: Actor, venue: StaffedResource) =>
    holds(actor, 'admin') || (holds(actor, 'venue_staff') && venue.staffIds.includes(actor?.id ?? '')),
  /** Grant and take away roles. */
  grantRoles: (actor: Actor) => holds(actor, 'admin'),
  /** See the venue staff pages at all; which venue's code and figures is runVenue's answer, per venue. */
  openVenueDesk: (actor: Actor) => holds(actor, 'venue_staff', 'admin'),
};
