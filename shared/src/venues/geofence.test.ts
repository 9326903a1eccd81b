import { checkGeofence, haversineM } from './geofence';

const scienceCenter = { lat: 39.0157, lng: 106.3861 };
const north = (metres: number) => ({ lat: scienceCenter.lat + metres / 111_195, lng: scienceCenter.lng });

describe('haversine distance', () => {
  it('is 0 for the same point and symmetric', () => {
    expect(haversineM(scienceCenter, scienceCenter)).toBe(0);
    const other = { lat: 39.2316, lng: 106.7812 };
    expect(haversineM(scienceCenter, other)).toBeCloseTo(haversineM(other, scienceCenter), 6);
  });

  it('matches known distances: a degree of latitude, and 大武口 to 惠农区', () => {
    expect(haversineM({ lat: 39, lng: 106 }, { lat: 40, lng: 106 })).toBeCloseTo(111_195, -1);
    // Some 40 km between the two town centres.
    expect(haversineM(scienceCenter, { lat: 39.2316, lng: 106.7812 }) / 1000).toBeGreaterThan(35);
    expect(haversineM(scienceCenter, { lat: 39.2316, lng: 106.7812 }) / 1000).toBeLessThan(45);
  });

  it('stays finite for antipodes', () => {
    expect(haversineM({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6_371_008.8, 0);
  });
});

describe('the accuracy-aware geofence', () => {
  const venue = { location: scienceCenter, radiusM: 300 };

  it('lets the accuracy circle reach into the fence', () => {
    expect(checkGeofence({ ...north(400), accuracy: 150 }, venue)).toEqual({ ok: true, distanceM: 400 });
    expect(checkGeofence({ ...north(400), accuracy: 101 }, venue)).toEqual({ ok: true, distanceM: 400 });
    expect(checkGeofence({ ...north(400), accuracy: 99 }, venue)).toEqual({
      ok: false,
      reason: 'too-far',
      distanceM: 400,
      radiusM: 300,
    });
  });

  it('refuses a fix coarser than 300 m wherever it is, and accepts exactly 300 m', () => {
    expect(checkGeofence({ ...scienceCenter, accuracy: 300.5 }, venue)).toEqual({
      ok: false,
      reason: 'too-coarse',
      accuracyM: 301,
      maxAccuracyM: 300,
    });
    expect(checkGeofence({ ...scienceCenter, accuracy: 300 }, venue).ok).toBe(true);
  });

  it('accepts a precise fix inside the radius and refuses one just outside', () => {
    expect(checkGeofence({ ...north(299), accuracy: 0 }, venue).ok).toBe(true);
    expect(checkGeofence({ ...north(302), accuracy: 0 }, venue)).toMatchObject({
      ok: false,
      reason: 'too-far',
    });
  });
});
