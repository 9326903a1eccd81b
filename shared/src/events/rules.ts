// The events' names, limits and plain checks, without zod: the functions' services use them, and
// need not build every schema of the events to do so (module init of each function, issue 10).
import { parseIsoInstant } from '../time';

export const eventCategoryNames = {
  lecture: '讲座',
  exhibition: '展览',
  'science-week': '科技活动周',
  'science-festival': '科学节',
  carnival: '科技嘉年华',
  'study-tour': '研学',
  workshop: '动手体验',
  other: '其他',
} as const;
export type EventCategory = keyof typeof eventCategoryNames;
export const eventCategories = Object.keys(eventCategoryNames) as [EventCategory, ...EventCategory[]];

export const eventStatuses = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];
export const registrationStatuses = ['pending', 'confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export const registrationStatusNames: Record<RegistrationStatus, string> = {
  pending: '处理中',
  confirmed: '报名成功',
  waitlisted: '候补中',
  cancelled: '已取消',
};

/** The largest party one registration may hold: seats counted per party size stop here. */
export const partySizeLimit = 10;

export type TimeFields = Partial<Record<'startAt' | 'endAt' | 'signupOpensAt' | 'signupClosesAt', string>>;

/** The order of the four times; a patch is checked after it is merged with the stored event. */
export function timeOrderIssues(t: TimeFields): Array<{ path: string; message: string }> {
  const ms = (v?: string) => (v ? parseIsoInstant(v) : null);
  const [start, end, opens, closes] = [ms(t.startAt), ms(t.endAt), ms(t.signupOpensAt), ms(t.signupClosesAt)];
  const issues: Array<{ path: string; message: string }> = [];
  if (start !== null && end !== null && end <= start)
    issues.push({ path: 'endAt', message: '结束时间须晚于开始时间' });
  if (opens !== null && closes !== null && closes <= opens)
    issues.push({ path: 'signupClosesAt', message: '报名截止时间须晚于报名开始时间' });
  if (closes !== null && end !== null && closes > end)
    issues.push({ path: 'signupClosesAt', message: '报名截止时间不能晚于活动结束时间' });
  return issues;
}

/**
 * The short code under a ticket's QR: 6 characters of an alphabet without 0/O and 1/I, so it is
 * read out and typed without doubt. Typed codes are read case-blind, spaces and dashes ignored.
 */
export const ticketCodeAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const ticketCodeLength = 6;
export const normalizeTicketCode = (text: string) => text.toUpperCase().replace(/[\s-]/g, '');
export const isTicketCode = (text: string) =>
  new RegExp(`^[${ticketCodeAlphabet}]{${ticketCodeLength}}$`).test(normalizeTicketCode(text));
