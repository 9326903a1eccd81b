// The venues section of API.md as zod schemas: the server validates with them, the mini-program
// types its pages with them, and the OpenAPI document is built from them.
import * as z from '../zod';
import { districtCodes } from '../districts';
import { eventSummarySchema } from '../events';
import { freeText } from '../text';
import { listQuerySchema } from '../pagination';
import { idSchema } from '../ids';

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

export const checkinModeNames = {
  screen: '扫描现场屏幕上的二维码',
  poster: '扫描张贴的二维码并定位',
  geo: '到场定位',
} as const;
export type CheckinMode = keyof typeof checkinModeNames;
export const checkinModes = Object.keys(checkinModeNames) as [CheckinMode, ...CheckinMode[]];

export const radiusLimitsM = { min: 50, max: 2000 } as const;

export const coordinatesSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

export const venueSummarySchema = z
  .object({
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
  })
  .meta({ id: 'VenueSummary' });
export type VenueSummary = z.infer<typeof venueSummarySchema>;

export const venueSchema = venueSummarySchema
  .extend({
    description: z.string(),
    radiusM: z.number().int(),
    phone: z.string().nullable(),
    upcomingEvents: z.array(eventSummarySchema),
    /** Only with a token: the caller's check-ins here. */
    myVisits: z.number().int().optional(),
  })
  .meta({ id: 'Venue' });
export type Venue = z.infer<typeof venueSchema>;

const venueFields = {
  name: freeText('场馆名称', 60),
  kind: z.enum(venueKinds),
  district: z.enum(districtCodes),
  address: freeText('地址', 200),
  location: coordinatesSchema,
  openingHours: freeText('开放时间', 100),
  description: freeText('场馆介绍', 5000),
  checkinMode: z.enum(checkinModes),
  radiusM: z
    .number()
    .int()
    .min(radiusLimitsM.min, `打卡范围至少 ${radiusLimitsM.min} 米`)
    .max(radiusLimitsM.max, `打卡范围不超过 ${radiusLimitsM.max} 米`),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9][0-9-]{6,19}$/, '电话格式不正确')
    .nullable(),
};

export const venueCreateSchema = z
  .strictObject({ ...venueFields, phone: venueFields.phone.optional() })
  .meta({ id: 'VenueCreate' });
export type VenueCreate = z.infer<typeof venueCreateSchema>;

export const venuePatchSchema = z
  .strictObject({
    ...venueFields,
    /** Added to the contract: makes every printed code of the venue invalid and issues a new one. */
    rotatePrintedCode: z.literal(true),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, '至少修改一项')
  .meta({ id: 'VenuePatch' });
export type VenuePatch = z.infer<typeof venuePatchSchema>;

/** `near=39.01,106.38` */
const nearSchema = z
  .string()
  .max(40)
  .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, '位置格式应为 纬度,经度（如 39.01,106.38）')
  .transform((text) => {
    const [lat, lng] = text.split(',').map(Number) as [number, number];
    return { lat, lng };
  })
  .refine((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180, '位置超出范围');

export const venueListQuerySchema = listQuerySchema.extend({
  district: z.enum(districtCodes).optional(),
  kind: z.enum(venueKinds).optional(),
  near: nearSchema.optional(),
});
export type VenueListQuery = z.infer<typeof venueListQuerySchema>;

export const checkinLocationSchema = coordinatesSchema.extend({
  accuracy: z.number().min(0, '定位精度不能为负数').max(100_000),
});

export const venueCheckinRequestSchema = z
  .strictObject({
    code: z.string().trim().min(1, '打卡码不能为空').max(200, '打卡码无效').optional(),
    location: checkinLocationSchema.optional(),
  })
  .meta({ id: 'VenueCheckinRequest' });
export type VenueCheckinRequest = z.infer<typeof venueCheckinRequestSchema>;

export const badgeSchema = z
  .object({ id: z.string(), name: z.string(), earnedAt: z.string() })
  .meta({ id: 'Badge' });
export type Badge = z.infer<typeof badgeSchema>;

export const venueCheckinSchema = z
  .object({
    id: z.string(),
    venueId: z.string(),
    day: z.string(),
    checkedInAt: z.string(),
    alreadyCheckedIn: z.boolean(),
    newBadges: z.array(badgeSchema),
  })
  .meta({ id: 'Checkin' });
export type VenueCheckin = z.infer<typeof venueCheckinSchema>;

export const passportSchema = z
  .object({
    visits: z.number().int(),
    venues: z.number().int(),
    districts: z.array(z.string()),
    stamps: z.array(
      z.object({
        venueId: z.string(),
        venueName: z.string(),
        kind: z.enum(venueKinds),
        district: z.string(),
        firstVisitOn: z.string(),
        lastVisitOn: z.string(),
        visits: z.number().int(),
      }),
    ),
    badges: z.array(badgeSchema),
    next: z.array(
      z.object({ id: z.string(), name: z.string(), progress: z.number().int(), target: z.number().int() }),
    ),
  })
  .meta({ id: 'Passport' });
export type Passport = z.infer<typeof passportSchema>;

export const staffUpdateSchema = z
  .strictObject({
    userIds: z
      .array(idSchema())
      .max(50, '工作人员最多 50 人')
      .refine((ids) => new Set(ids).size === ids.length, '工作人员不能重复'),
  })
  .meta({ id: 'VenueStaffUpdate' });
export type StaffUpdate = z.infer<typeof staffUpdateSchema>;

export const venueStaffSchema = z
  .object({ venueId: z.string(), userIds: z.array(z.string()) })
  .meta({ id: 'VenueStaff' });

export const venueCodeSchema = z
  .object({
    code: z.string(),
    validUntil: z.string().nullable(),
    stepSeconds: z.number().int().nullable(),
  })
  .meta({ id: 'VenueCode' });
export type VenueCode = z.infer<typeof venueCodeSchema>;

const dayCounts = { visits: z.number().int(), firstTimeVisitors: z.number().int() };

export const venueStatsSchema = z
  .object({
    venueId: z.string(),
    from: z.string(),
    to: z.string(),
    ...dayCounts,
    days: z.array(z.object({ day: z.string(), ...dayCounts })),
  })
  .meta({ id: 'VenueStats' });
export type VenueStats = z.infer<typeof venueStatsSchema>;

export const allVenueStatsSchema = z
  .object({
    items: z.array(z.object({ venueId: z.string(), name: z.string(), district: z.string(), ...dayCounts })),
  })
  .meta({ id: 'AllVenueStats' });
export type AllVenueStats = z.infer<typeof allVenueStatsSchema>;
