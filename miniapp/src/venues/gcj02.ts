// WGS-84 -> GCJ-02, the published approximation of the datum China's maps use (the same one
// WeChat applies for `getLocation({ type: 'gcj02' })`). Needed on H5, where Taro's getLocation only
// gives WGS-84 (the browser's own), while the API and the venues' coordinates are GCJ-02.
// Outside mainland China both datums are the same.

const semiMajorAxis = 6378245.0; // Krasovsky 1940
const eccentricitySquared = 0.006693421622965943;
const { PI, sin, cos, sqrt, abs } = Math;

const outOfChina = (lat: number, lng: number) =>
  lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;

function latOffset(x: number, y: number): number {
  let d = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x));
  d += ((20.0 * sin(6.0 * x * PI) + 20.0 * sin(2.0 * x * PI)) * 2.0) / 3.0;
  d += ((20.0 * sin(y * PI) + 40.0 * sin((y / 3.0) * PI)) * 2.0) / 3.0;
  d += ((160.0 * sin((y / 12.0) * PI) + 320 * sin((y * PI) / 30.0)) * 2.0) / 3.0;
  return d;
}

function lngOffset(x: number, y: number): number {
  let d = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x));
  d += ((20.0 * sin(6.0 * x * PI) + 20.0 * sin(2.0 * x * PI)) * 2.0) / 3.0;
  d += ((20.0 * sin(x * PI) + 40.0 * sin((x / 3.0) * PI)) * 2.0) / 3.0;
  d += ((150.0 * sin((x / 12.0) * PI) + 300.0 * sin((x / 30.0) * PI)) * 2.0) / 3.0;
  return d;
}

export function wgs84ToGcj02(lat: number, lng: number): { lat: number; lng: number } {
  if (outOfChina(lat, lng)) return { lat, lng };
  const radLat = (lat / 180.0) * PI;
  const s = sin(radLat);
  const magic = 1 - eccentricitySquared * s * s;
  const sqrtMagic = sqrt(magic);
  const dLat =
    (latOffset(lng - 105.0, lat - 35.0) * 180.0) /
    (((semiMajorAxis * (1 - eccentricitySquared)) / (magic * sqrtMagic)) * PI);
  const dLng =
    (lngOffset(lng - 105.0, lat - 35.0) * 180.0) / ((semiMajorAxis / sqrtMagic) * cos(radLat) * PI);
  return { lat: lat + dLat, lng: lng + dLng };
}
