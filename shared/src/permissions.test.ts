import { can } from './permissions';
import type { Role } from './users';

const someone = (...roles: Role[]) => ({
  id: `u-${roles.join('-') || 'none'}`,
  roles: ['citizen', ...roles] as Role[],
});
const eventOf = (organizerId: string) => ({ organizerId });

describe('permissions', () => {
  it('lets organisers and admins organise events, nobody else', () => {
    expect(can.organizeEvents(someone('organizer'))).toBe(true);
    expect(can.organizeEvents(someone('admin'))).toBe(true);
    for (const role of ['venue_staff', 'reviewer'] as const)
      expect(can.organizeEvents(someone(role))).toBe(false);
    expect(can.organizeEvents(someone())).toBe(false);
    expect(can.organizeEvents(null)).toBe(false);
  });

  it('lets an event be managed by its own organiser and by admins only', () => {
    const organizer = someone('organizer');
    expect(can.manageEvent(organizer, eventOf(organizer.id))).toBe(true);
    expect(can.manageEvent(organizer, eventOf('someone-else'))).toBe(false);
    expect(can.manageEvent(someone('admin'), eventOf('someone-else'))).toBe(true);
    // Having organised it is not enough once the organizer role is taken away.
    const former = { id: 'u-former', roles: ['citizen'] as Role[] };
    expect(can.manageEvent(former, eventOf(former.id))).toBe(false);
    expect(can.manageEvent(undefined, eventOf('x'))).toBe(false);
  });

  it('lets the door be kept by organisers, venue staff and admins, at this event by its organiser', () => {
    for (const role of ['organizer', 'venue_staff', 'admin'] as const)
      expect(can.checkIn(someone(role))).toBe(true);
    expect(can.checkIn(someone('reviewer'))).toBe(false);
    expect(can.checkIn(null)).toBe(false);
    const organizer = someone('organizer');
    expect(can.checkInAt(organizer, eventOf(organizer.id))).toBe(true);
    expect(can.checkInAt(organizer, eventOf('someone-else'))).toBe(false);
    expect(can.checkInAt(someone('venue_staff'), eventOf('someone-else'))).toBe(true);
    expect(can.checkInAt(someone('admin'), eventOf('someone-else'))).toBe(true);
    expect(can.checkInAt(someone('reviewer'), eventOf('someone-else'))).toBe(false);
  });

  it('lets only admins grant roles', () => {
    expect(can.grantRoles(someone('admin'))).toBe(true);
    for (const role of ['organizer', 'venue_staff', 'reviewer'] as const)
      expect(can.grantRoles(someone(role))).toBe(false);
  });

  it('lets only admins manage venues, and a venue be run by its own staff and admins', () => {
    expect(can.manageVenues(someone('admin'))).toBe(true);
    for (const role of ['organizer', 'venue_staff', 'reviewer'] as const)
      expect(can.manageVenues(someone(role))).toBe(false);
    const staff = someone('venue_staff');
    expect(can.runVenue(staff, { staffIds: [staff.id] })).toBe(true);
    expect(can.runVenue(staff, { staffIds: ['someone-else'] })).toBe(false);
    expect(can.runVenue(someone('admin'), { staffIds: [] })).toBe(true);
    // Named staff who lost the role no longer run the venue; a citizen named by mistake never did.
    const former = { id: 'u-former', roles: ['citizen'] as Role[] };
    expect(can.runVenue(former, { staffIds: [former.id] })).toBe(false);
    expect(can.runVenue(null, { staffIds: [] })).toBe(false);
  });
});
