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

/** A contest entry as the rules need it: its team. */
export type TeamResource = { leaderId: string; members: ReadonlyArray<{ userId: string }>; trackId: string };
/** A reviewer's assignment in one contest: the tracks they score. */
export type ReviewAssignment = { userId: string; trackIds: readonly string[] } | null | undefined;

const holds = (actor: Actor, ...roles: Role[]) => Boolean(actor?.roles.some((role) => roles.includes(role)));
const organizes = (actor: Actor, event: OrganizedResource) =>
  holds(actor, 'organizer') && event.organizerId === actor?.id;

const manages = (actor: Actor, resource: OrganizedResource) =>
  holds(actor, 'admin') || organizes(actor, resource);
const isMember = (actor: Actor, entry: TeamResource) =>
  Boolean(actor && entry.members.some((member) => member.userId === actor.id));
const reviews = (actor: Actor, assignment: ReviewAssignment, entry: TeamResource) =>
  holds(actor, 'reviewer') && Boolean(assignment?.trackIds.includes(entry.trackId));

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
  /** Create contests and see the organiser's contest pages. */
  organizeContests: (actor: Actor) => holds(actor, 'organizer', 'admin'),
  /** Change and publish this contest, see its drafts, entries, ranking; assign reviewers; close rounds. */
  manageContest: manages,
  /** Edit this entry, upload its plan, see its members: every member of the team. */
  editEntry: isMember,
  /** Submit, withdraw, renew the join code, remove members: the team's leader. */
  leadEntry: (actor: Actor, entry: TeamResource) => Boolean(actor && entry.leaderId === actor.id),
  /** See this entry with its members: the team, the contest's organiser, admins. */
  viewEntry: (actor: Actor, contest: OrganizedResource, entry: TeamResource) =>
    isMember(actor, entry) || manages(actor, contest),
  /** See the reviewer's pages (my assignments). */
  review: (actor: Actor) => holds(actor, 'reviewer'),
  /** Score this entry: a reviewer assigned to its track (conflicts of interest are checked apart). */
  reviewEntry: reviews,
  /** Download the plan: the team, its reviewers, the contest's organiser, admins. */
  readPlan: (actor: Actor, contest: OrganizedResource, entry: TeamResource, assignment: ReviewAssignment) =>
    isMember(actor, entry) || manages(actor, contest) || reviews(actor, assignment, entry),
  /** Create and change venues, name their staff, see every venue's figures. */
  manageVenues: (actor: Actor) => holds(actor, 'admin'),
  /** See the bureau's figures against the plan (数据看板) and report the yearly ones: admins. */
  managePlanFigures: (actor: Actor) => holds(actor, 'admin'),
  /** Show this venue's code and see its figures: its own staff (named per venue), or an admin. */
  runVenue: (actor: Actor, venue: StaffedResource) =>
    holds(actor, 'admin') || (holds(actor, 'venue_staff') && venue.staffIds.includes(actor?.id ?? '')),
  /** Grant and take away roles. */
  grantRoles: (actor: Actor) => holds(actor, 'admin'),
  /** See the venue staff pages at all; which venue's code and figures is runVenue's answer, per venue. */
  openVenueDesk: (actor: Actor) => holds(actor, 'venue_staff', 'admin'),
};
