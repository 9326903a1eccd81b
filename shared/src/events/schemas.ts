import * as z from '../zod';
import { listQuerySchema } from '../pagination';
import { parseIsoInstant } from '../time';
import {
  eventCategories,
  eventStatuses,
  isTicketCode,
  partySizeLimit,
  registrationStatuses,
  timeOrderIssues,
  type TimeFields,
} from './rules';
import { districtCodes } from '../districts';
import { freeText, personText } from '../text';
import { idSchema } from '../ids';

/** ISO 8601 with an offset, e.g. 2026-12-05T09:30:00+08:00. */
export const instantSchema = z
  .string()
  .max(40)
  .refine((text) => parseIsoInstant(text) !== null, '时间格式应为 2026-12-05T09:30:00+08:00')
  .meta({ format: 'date-time' });

/** A time in an answer: ISO 8601 with offset, described as such in the OpenAPI document. */
export const instantOutSchema = z.string().meta({ format: 'date-time' });

export const locationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

const httpsUrl = z
  .string()
  .max(500)
  .regex(/^https:\/\/[^\s/$.?#][^\s]*$/, '图片地址须以 https:// 开头');

const eventFields = {
  title: freeText('标题', 60),
  description: freeText('活动介绍', 5000),
  category: z.enum(eventCategories),
  district: z.enum(districtCodes),
  address: freeText('地址', 200),
  venueName: freeText('场馆名称', 60).optional(),
  /** A science venue of GET /venues: the event is listed on its page. */
  venueId: idSchema('场馆编号格式不正确').optional(),
  location: locationSchema.optional(),
  coverUrl: httpsUrl.optional(),
  startAt: instantSchema,
  endAt: instantSchema,
  signupOpensAt: instantSchema,
  signupClosesAt: instantSchema,
  capacity: z.number().int().min(1, '名额至少 1 人').max(100_000),
  waitlistLimit: z.number().int().min(0).max(10_000),
  maxPartySize: z.number().int().min(1).max(partySizeLimit, `每单最多 ${partySizeLimit} 人`),
};

const withTimeOrder = <T extends z.ZodType<TimeFields>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    for (const issue of timeOrderIssues(value))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

export const eventCreateSchema = withTimeOrder(z.strictObject(eventFields)).meta({ id: 'EventCreate' });
export type EventCreate = z.infer<typeof eventCreateSchema>;

export const eventPatchSchema = z
  .strictObject(eventFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, '至少修改一项')
  .meta({ id: 'EventPatch' });
export type EventPatch = z.infer<typeof eventPatchSchema>;

export const eventSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    category: z.enum(eventCategories),
    district: z.string(),
    districtName: z.string(),
    venueName: z.string().nullable(),
    startAt: instantOutSchema,
    endAt: instantOutSchema,
    /** Added to the contract on the summary too, so a list card can say 未开始 / 已截止. */
    signupOpensAt: instantOutSchema,
    signupClosesAt: instantOutSchema,
    capacity: z.number().int(),
    seatsLeft: z.number().int(),
    waitlistOpen: z.boolean(),
    status: z.enum(eventStatuses),
    coverUrl: z.string().nullable(),
  })
  .meta({ id: 'EventSummary' });
export type EventSummary = z.infer<typeof eventSummarySchema>;

export const registrationSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    status: z.enum(registrationStatuses),
    partySize: z.number().int(),
    waitlistPosition: z.number().int().nullable(),
    ticket: z.string().nullable(),
    /** Added to the contract: the short code printed under the QR (typed at the door), with `ticket`. */
    ticketCode: z.string().nullable().optional(),
    createdAt: instantOutSchema,
    /** Added to the contract: when the ticket was checked in at the door, or null. */
    checkedInAt: instantOutSchema.nullable(),
  })
  .meta({ id: 'Registration' });
export type Registration = z.infer<typeof registrationSchema>;

export const eventSchema = eventSummarySchema
  .extend({
    description: z.string(),
    address: z.string(),
    /** Added to the contract: the science venue it is held at, or null (always sent). */
    venueId: z.string().nullable().optional(),
    location: locationSchema.nullable(),
    maxPartySize: z.number().int(),
    waitlistLimit: z.number().int(),
    organizerName: z.string(),
    myRegistration: registrationSchema.nullable().optional(),
  })
  .meta({ id: 'Event' });
export type Event = z.infer<typeof eventSchema>;

export const eventListQuerySchema = z.object({
  district: z.enum(districtCodes).optional(),
  category: z.enum(eventCategories).optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  q: z.string().trim().max(30).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: listQuerySchema.shape.cursor,
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;

export const mainlandMobileSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号码');

export const registerRequestSchema = z
  .strictObject({
    partySize: z.number().int().min(1, '人数至少 1 人').max(partySizeLimit, `每单最多 ${partySizeLimit} 人`),
    contactName: personText('联系人姓名', 20),
    contactPhone: mainlandMobileSchema,
  })
  .meta({ id: 'RegisterRequest' });
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

export const myRegistrationSchema = registrationSchema
  .extend({ event: eventSummarySchema })
  .meta({ id: 'MyRegistration' });
export type MyRegistration = z.infer<typeof myRegistrationSchema>;

export const rosterRowSchema = z
  .object({
    id: z.string(),
    status: z.enum(registrationStatuses),
    partySize: z.number().int(),
    contactName: z.string(),
    contactPhoneMasked: z.string(),
    /** Added to the contract: the code under the person's QR, for confirmed registrations. */
    ticketCode: z.string().nullable().optional(),
    createdAt: instantOutSchema,
    checkedInAt: instantOutSchema.nullable(),
  })
  .meta({ id: 'RosterRow' });
export type RosterRow = z.infer<typeof rosterRowSchema>;

/**
 * `ticket` (the scanned QR), or (added to the contract) `code`, the short code under it, with
 * `registrationId` to pick one of the registrations an ambiguous code named.
 */
export const checkinRequestSchema = z
  .strictObject({
    ticket: z.string().trim().min(1, '请输入票码').max(512).optional(),
    code: z
      .string()
      .max(20)
      .refine((code) => isTicketCode(code), '签到码是 6 位字母和数字')
      .optional(),
    registrationId: idSchema('报名编号格式不正确').optional(),
  })
  .refine((body) => (body.ticket === undefined) !== (body.code === undefined), {
    message: '请输入票码或签到码',
    path: ['ticket'],
  })
  .refine((body) => body.registrationId === undefined || body.code !== undefined, {
    message: '按报名编号签到时需同时给出签到码',
    path: ['registrationId'],
  });
export type CheckinRequest = z.infer<typeof checkinRequestSchema>;

/** One of the registrations an ambiguous code names (409 AMBIGUOUS_TICKET_CODE `details.candidates`). */
export const checkinCandidateSchema = z.object({
  registrationId: z.string(),
  partySize: z.number().int(),
  contactName: z.string(),
  contactPhoneMasked: z.string(),
  checkedInAt: instantOutSchema.nullable(),
});
export type CheckinCandidate = z.infer<typeof checkinCandidateSchema>;
export const checkinResultSchema = z
  .object({
    registrationId: z.string(),
    partySize: z.number().int(),
    contactName: z.string(),
    checkedInAt: instantOutSchema,
    alreadyCheckedIn: z.boolean(),
  })
  .meta({ id: 'CheckinResult' });
export type CheckinResult = z.infer<typeof checkinResultSchema>;
