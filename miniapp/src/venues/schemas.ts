// The venue types of API.md, from the server's own schemas in shared/src/venues/.
import type { Passport, VenueCheckinRequest } from '@szkc/shared';

export {
  allVenueStatsSchema,
  checkinModeNames,
  checkinModes,
  coordinatesSchema,
  maxAccuracyM,
  passportSchema,
  radiusLimitsM,
  venueCheckinSchema,
  venueCodeSchema,
  venueKindNames,
  venueKinds,
  venueSchema,
  venueStatsSchema,
  venueSummarySchema,
  type AllVenueStats,
  type Badge,
  type CheckinMode,
  type Passport,
  type Venue,
  type VenueCheckin,
  type VenueCheckinRequest,
  type VenueCode,
  type VenueCreate,
  type VenueKind,
  type VenueStats,
  type VenueSummary,
} from '@szkc/shared';

export type Stamp = Passport['stamps'][number];
export type VenueCheckinLocation = NonNullable<VenueCheckinRequest['location']>;
