// The check-in protocol. The presence proof the venue's mode asks for is checked first, with
// nothing written; then, in order:
//   1. the check-in item, on condition that the person has none here today (the once-a-day rule,
//      whatever the concurrency: of ten taps one writes, nine find it);
//   2. the visitor item, which decides once whether this is the person's first visit here;
//   3. the day's counters, one atomic ADD, then the city's day (stats), one more;
//   4. the check-in leaves the UNCOUNTED index: its counting is confirmed.
// A crash before 4 leaves the check-in in UNCOUNTED; the repair then recounts its day from the
// check-in items, and the city's day from the venues' days, so the counters end exact whether or
// not step 3 happened. The location is only
// used for the distance check: it is in no item and no log.
import { ulid } from 'ulid';
import { checkGeofence, toShanghaiIso, type VenueCheckinRequest } from '@szkc/shared';
import { DomainError, validationFailed } from '../errors';
import { failAt, type FaultPlan } from '../events/faults';
import { countCityVisit } from '../stats/counters';
import { checkPosterCode, checkScreenCode } from './codes';
import { countIntoDay, getCheckin, isFirstVisit, markCounted, putCheckin } from './checkins.repository';
import { shanghaiDayOf } from './days';
import { checkinKey, personKeys, uncountedKeys, type CheckinItem, type VenueItem } from './items';

const invalidCode = () => new DomainError('INVALID_CODE', '打卡码无效：请扫描本场馆现场的二维码');

async function requireCode(venue: VenueItem, code: string | undefined, now: number) {
  if (!code) throw validationFailed([{ path: 'code', message: '请扫描场馆的打卡二维码' }]);
  const verdict =
    venue.checkinMode === 'screen'
      ? await checkScreenCode(venue, code, now)
      : await checkPosterCode(venue, code);
  if (verdict === 'expired') throw new DomainError('CODE_EXPIRED');
  if (verdict === 'invalid') throw invalidCode();
}

function requireLocation(venue: VenueItem, location: VenueCheckinRequest['location']) {
  if (!location) throw validationFailed([{ path: 'location', message: '需要获取你的位置才能在此打卡' }]);
  const verdict = checkGeofence(location, venue);
  if (verdict.ok) return;
  if (verdict.reason === 'too-coarse') {
    throw new DomainError(
      'LOCATION_TOO_COARSE',
      `定位精度约 ${verdict.accuracyM} 米，不够精确：请到室外开阔处重试，或打开手机的精确定位`,
      { accuracyM: verdict.accuracyM, maxAccuracyM: verdict.maxAccuracyM },
    );
  }
  throw new DomainError(
    'TOO_FAR',
    `你距离场馆约 ${verdict.distanceM} 米，需在 ${verdict.radiusM} 米范围内打卡`,
    {
      distanceM: verdict.distanceM,
      radiusM: verdict.radiusM,
    },
  );
}

/** What the venue's mode asks for; throws the contract's error when it is missing or wrong. */
export async function provePresence(venue: VenueItem, request: VenueCheckinRequest, now: number) {
  if (venue.checkinMode === 'screen' || venue.checkinMode === 'poster')
    await requireCode(venue, request.code, now);
  if (venue.checkinMode === 'poster' || venue.checkinMode === 'geo') requireLocation(venue, request.location);
}

export async function checkIn(
  venue: VenueItem,
  userId: string,
  request: VenueCheckinRequest,
  plan: FaultPlan,
  now = Date.now(),
): Promise<{ checkin: CheckinItem; created: boolean }> {
  const day = shanghaiDayOf(now);
  try {
    await provePresence(venue, request, now);
  } catch (refusal) {
    // A retry after a timeout may come with a code that has since expired: the check-in it made
    // stands. Anyone else gets the refusal.
    const existing = refusal instanceof DomainError ? await getCheckin(venue.id, day, userId) : null;
    if (existing) return { checkin: existing, created: false };
    throw refusal;
  }
  const id = ulid(now);
  const item: CheckinItem = {
    ...checkinKey(venue.id, day, userId),
    id,
    venueId: venue.id,
    userId,
    day,
    checkedInAt: toShanghaiIso(now),
    checkedInMs: now,
    venueName: venue.name,
    kind: venue.kind,
    district: venue.district,
    ...uncountedKeys(now, id),
    ...personKeys(userId, venue.id, day),
  };
  if ((await putCheckin(item)) === 'exists') {
    const existing = await getCheckin(venue.id, day, userId);
    if (!existing)
      throw new Error(`check-in of ${userId} at ${venue.id} on ${day} neither written nor found`);
    return { checkin: existing, created: false };
  }
  failAt(plan, 'venue-checkin:after-put');
  const firstTime = await isFirstVisit(item, userId);
  await countIntoDay(item, firstTime);
  failAt(plan, 'venue-checkin:after-count');
  await countCityVisit(day, venue.district, firstTime);
  failAt(plan, 'venue-checkin:after-city-count');
  await markCounted(item, firstTime);
  return { checkin: { ...item, firstTime }, created: true };
}
