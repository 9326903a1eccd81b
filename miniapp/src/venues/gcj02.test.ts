import { wgs84ToGcj02 } from './gcj02';

// Expected values from gcoord 1.x (npm), an independent implementation of the same transform.
describe('WGS-84 to GCJ-02', () => {
  it.each([
    [39.0135, 106.3829, 39.01435918, 106.38761359], // 大武口区
    [38.8712, 106.5554, 38.87165775, 106.5597754], // 平罗县
    [39.233, 106.769, 39.23381353, 106.77373644], // 惠农区
  ])("moves (%f, %f) in 石嘴山 as China's maps do", (lat, lng, gcjLat, gcjLng) => {
    const gcj = wgs84ToGcj02(lat, lng);
    expect(gcj.lat).toBeCloseTo(gcjLat, 7);
    expect(gcj.lng).toBeCloseTo(gcjLng, 7);
  });

  it('leaves places outside China as they are', () => {
    expect(wgs84ToGcj02(51.5, -0.12)).toEqual({ lat: 51.5, lng: -0.12 });
  });
});
