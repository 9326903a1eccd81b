import type { CheckinResult } from '@szkc/shared';
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
      detail: `${errorMessage(error)}（已取消、已改动或不是本场活动的票都无效）`,
    };
  }
  return { tone: 'bad', headline: '签到未完成', detail: errorMessage(error) };
}
