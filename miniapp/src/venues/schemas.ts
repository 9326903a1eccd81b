import { eventSummarySchema, z } from '@szkc/shared';

// The answers of API.md "Science venues", typed from the contract. Every venue type the
// mini-program uses is here and only here, under the names the server's schemas use (the venues
// branch's shared/src/venues/schemas.ts): once that lands, this file re-exports them from
// '@szkc/shared' and nothing else changes.

export const venueKindNames = {
  'science-center': '科技馆',
  museum: '专业科技馆/博物馆',
  base: '科普教育基地',
  library: '图书馆',
  campus: '智慧科普校园',
  park: '公园',
  other: '其他',
} as const;
export type VenueKind = keyof typeof venueKindNames;
export const venueKinds = Object.keys(venueKindNames) as [VenueKind, ...VenueKind[]];

/** What a check-in needs, in words for the person at the door. */
export const checkinModeNames = {
  screen: '扫描现场屏幕上的二维码',
  poster: '扫描张贴的二维码并定位',
  geo: '到场定位',
} as const;
export type CheckinMode = keyof typeof checkinModeNames;
export const checkinModes = Object.keys(checkinModeNames) as [CheckinMode, ...CheckinMode[]];

/** Above this the phone's fix says little about where it is (API.md). */
export const maxAccuracyM = 300;
export const radiusLimitsM = { min: 50, max: 2000 } as const;

export const coordinatesSchema = z.object({ lat: z.number(), lng: z.number() });

export const venueSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(venueKinds),
  district: z.string(),
  districtName: z.string(),
  address: z.string(),
  location: coordinatesSchema,
  openingHours: z.string(),
  checkinMode: z.enum(checkinModes),
  distanceM: z.number().int().nullable(),
});
export type VenueSummary = z.infer<typeof venueSummarySchema>;

export const venueSchema = venueSummarySchema.extend({
  description: z.string(),
  radiusM: z.number().int(),
  phone: z.string().nullable(),
  upcomingEvents: z.array(eventSummarySchema),
  myVisits: z.number().int().optional(),
});
export type Venue = z.infer<typeof venueSchema>;

export const badgeSchema = z.object({ id: z.string(), name: z.string(), earnedAt: z.string() });
export type Badge = z.infer<typeof badgeSchema>;

export const venueCheckinSchema = z.object({
  id: z.string(),
  venueId: z.string(),
  day: z.string(),
  checkedInAt: z.string(),
  alreadyCheckedIn: z.boolean(),
  newBadges: z.array(badgeSchema),
});
export type VenueCheckin = z.infer<typeof venueCheckinSchema>;

/** A location as `Taro.getLocation({ type: 'gcj02' })` gives it, accuracy in metres. */
export interface VenueCheckinLocation {
  lat: number;
  lng: number;
  accuracy: number;
}

export interface VenueCheckinRequest {
  code?: string;
  location?: VenueCheckinLocation;
}

const stampSchema = z.object({
  venueId: z.string(),
  venueName: z.string(),
  kind: z.enum(venueKinds),
  district: z.string(),
  firstVisitOn: z.string(),
  lastVisitOn: z.string(),
  visits: z.number().int(),
});

export const passportSchema = z.object({
  visits: z.number().int(),
  venues: z.number().int(),
  districts: z.array(z.string()),
  stamps: z.array(stampSchema),
  badges: z.array(badgeSchema),
  next: z.array(z.object({ id: z.string(), name: z.string(), progress: z.number(), target: z.number() })),
});
export type Passport = z.infer<typeof passportSchema>;
export type Stamp = Passport['stamps'][number];

export const venueCodeSchema = z.object({
  code: z.string(),
  validUntil: z.string().nullable(),
  stepSeconds: z.number().nullable(),
});
export type VenueCode = z.infer<typeof venueCodeSchema>;

const dayCountSchema = z.object({
  day: z.string(),
  visits: z.number().int(),
  firstTimeVisitors: z.number().int(),
});

export const venueStatsSchema = z.object({
  venueId: z.string(),
  from: z.string(),
  to: z.string(),
  visits: z.number().int(),
  firstTimeVisitors: z.number().int(),
  days: z.array(dayCountSchema),
});
export type VenueStats = z.infer<typeof venueStatsSchema>;

export const allVenueStatsSchema = z.object({
  items: z.array(
    z.object({
      venueId: z.string(),
      name: z.string(),
      district: z.string(),
      visits: z.number().int(),
      firstTimeVisitors: z.number().int(),
    }),
  ),
});
export type AllVenueStats = z.infer<typeof allVenueStatsSchema>;

/** The body of `POST /venues` (and, partly, `PATCH /venues/{id}`): the Venue fields an admin sets. */
export interface VenueCreate {
  name: string;
  kind: VenueKind;
  district: string;
  address: string;
  location: { lat: number; lng: number };
  openingHours: string;
  description: string;
  phone: string | null;
  checkinMode: CheckinMode;
  radiusM: number;
}
