// Is a phone's fix at the venue? Distances by the haversine formula on GCJ-02 points (what
// wx.getLocation({ type: 'gcj02' }) returns and what the seed coordinates are in). GCJ-02 is a
// smooth offset of WGS-84 of a few hundred metres at most, nearly constant across a city, so
// distances between two GCJ-02 points are as good as between the true ones at these scales.

/** Above this the phone's fix says little about where it is (API.md). */
export const maxAccuracyM = 300;

type Point = { lat: number; lng: number };

const earthRadiusM = 6_371_008.8; // mean radius (IUGG)
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres. */
export function haversineM(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type GeofenceVerdict =
  | { ok: true; distanceM: number }
  | { ok: false; reason: 'too-coarse'; accuracyM: number; maxAccuracyM: number }
  | { ok: false; reason: 'too-far'; distanceM: number; radiusM: number };

/**
 * API.md: a fix with accuracy over 300 m is refused; otherwise the person is at the venue when the
 * distance minus the accuracy is within the radius (the true position may be anywhere in the
 * accuracy circle, and one point of it inside the fence is enough).
 */
export function checkGeofence(
  fix: Point & { accuracy: number },
  venue: { location: Point; radiusM: number },
): GeofenceVerdict {
  const accuracyM = Math.ceil(fix.accuracy);
  if (fix.accuracy > maxAccuracyM) return { ok: false, reason: 'too-coarse', accuracyM, maxAccuracyM };
  const distanceM = Math.round(haversineM(fix, venue.location));
  if (haversineM(fix, venue.location) - fix.accuracy > venue.radiusM)
    return { ok: false, reason: 'too-far', distanceM, radiusM: venue.radiusM };
  return { ok: true, distanceM };
}
