import {
  checkinCandidateSchema,
  isTicketCode,
  normalizeTicketCode,
  type CheckinCandidate,
  type CheckinResult,
} from '@szkc/shared';
import { errorMessage, hasErrorCode } from '../../../api/errors';
import { clock } from '../../../events/time';

type CheckinTone = 'ok' | 'again' | 'bad';

export interface CheckinOutcome {
  tone: CheckinTone;
  headline: string;
  detail: string;
}

/** What the door shows, big: green for in, amber for a second scan, red for a bad ticket. */
export function checkinOutcome(result: CheckinResult): CheckinOutcome {
  if (result.alreadyCheckedIn) {
    return {
      tone: 'again',
      headline: `已于 ${clock(result.checkedInAt)} 签到`,
      detail: `${result.contactName} · ${result.partySize} 人，请勿重复放行`,
    };
  }
  return {
    tone: 'ok',
    headline: `签到成功 · ${result.partySize} 人`,
    detail: `联系人：${result.contactName}`,
  };
}

export function checkinFailure(error: unknown): CheckinOutcome {
  if (hasErrorCode(error, 'INVALID_TICKET')) {
    return {
      tone: 'bad',
      headline: '无效票',
      detail: `${errorMessage(error)}（已取消、已改动或不是本场活动的票和签到码都无效）`,
    };
  }
  return { tone: 'bad', headline: '签到未完成', detail: errorMessage(error) };
}

/** What the desk sends for what was typed: a 6-character code, or else the whole ticket. */
export function entryOf(text: string): { ticket: string } | { code: string } {
  const value = text.trim();
  return isTicketCode(value) ? { code: normalizeTicketCode(value) } : { ticket: value };
}

/** The registrations an ambiguous code names (409 AMBIGUOUS_TICKET_CODE), or null. */
export function ambiguousCandidates(error: unknown): CheckinCandidate[] | null {
  if (!hasErrorCode(error, 'AMBIGUOUS_TICKET_CODE')) return null;
  const parsed = checkinCandidateSchema.array().safeParse(error.details?.candidates);
  return parsed.success && parsed.data.length ? parsed.data : null;
}
