// Items as the API shows them (API.md). Staff ids and the code key version stay inside.
import {
  districtNames,
  type EventSummary,
  type Venue,
  type VenueCheckin,
  type VenueSummary,
} from '@szkc/shared';
import type { CheckinItem, VenueItem } from './items';

export const districtNameOf = (code: string) => districtNames[code as keyof typeof districtNames] ?? '';

export function toVenueSummary(venue: VenueItem, distanceM: number | null = null): VenueSummary {
  return {
    id: venue.id,
    name: venue.name,
    kind: venue.kind,
    district: venue.district,
    districtName: districtNameOf(venue.district),
    address: venue.address,
    location: venue.location,
    openingHours: venue.openingHours,
    checkinMode: venue.checkinMode,
    distanceM,
  };
}

export function toVenue(venue: VenueItem, upcomingEvents: EventSummary[], myVisits?: number): Venue {
  return {
    ...toVenueSummary(venue),
    description: venue.description,
    radiusM: venue.radiusM,
    phone: venue.phone ?? null,
    upcomingEvents,
    ...(myVisits === undefined ? {} : { myVisits }),
  };
}

export const toCheckin = (
  checkin: CheckinItem,
  alreadyCheckedIn: boolean,
  newBadges: VenueCheckin['newBadges'],
): VenueCheckin => ({
  id: checkin.id,
  venueId: checkin.venueId,
  day: checkin.day,
  checkedInAt: checkin.checkedInAt,
  alreadyCheckedIn,
  newBadges,
});
