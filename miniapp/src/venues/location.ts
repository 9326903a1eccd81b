import Taro from '@tarojs/taro';
import { wgs84ToGcj02 } from './gcj02';
import type { VenueCheckinLocation } from './schemas';

export type LocationAnswer =
  | { ok: true; location: VenueCheckinLocation }
  /** `denied`: the person (or the phone's settings) said no; `unavailable`: no fix came. */
  | { ok: false; reason: 'denied' | 'unavailable' };

const errText = (e: unknown) =>
  String((e as { errMsg?: string; message?: string })?.errMsg ?? (e as Error)?.message ?? '');

// Taro's H5 getLocation answers only WGS-84 (the browser's); WeChat gives GCJ-02 itself.
const isWeapp = process.env.TARO_ENV === 'weapp';

/**
 * One GCJ-02 fix (the coordinates API.md wants), asked only when the person taps for it. WeChat
 * shows its own prompt with the reason from app.config's `permission`; the page says the reason
 * next to the button too.
 */
export async function currentLocation(): Promise<LocationAnswer> {
  try {
    const fix = await Taro.getLocation({
      type: isWeapp ? 'gcj02' : 'wgs84',
      isHighAccuracy: true,
      highAccuracyExpireTime: 5000,
    });
    const point = isWeapp
      ? { lat: fix.latitude, lng: fix.longitude }
      : wgs84ToGcj02(fix.latitude, fix.longitude);
    return { ok: true, location: { ...point, accuracy: Math.max(0, Math.round(fix.accuracy ?? 0)) } };
  } catch (e) {
    return {
      ok: false,
      reason: /auth|deny|denied|permission|拒绝/i.test(errText(e)) ? 'denied' : 'unavailable',
    };
  }
}

/** What to say when no location came, and what to do about it. */
export function locationProblem(reason: 'denied' | 'unavailable'): string {
  if (reason === 'unavailable')
    return '暂时无法获取位置。请打开手机的定位服务（GPS），到室外开阔处再试一次。';
  return isWeapp
    ? '没有获得位置权限。请在微信右上角“…”→“设置”中允许使用位置信息，再试一次。'
    : '没有获得位置权限。请在浏览器的网站设置中允许使用位置，再试一次。';
}

/** Opens WeChat's permission page where the person can allow the location again. */
export const canOpenSettings = isWeapp;
export const openSettings = () => void Taro.openSetting().catch(() => undefined);

/** `850 米`, `2.3 公里`, `15 公里`. */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.round(metres)} 米`;
  const km = metres / 1000;
  return `${km < 10 ? km.toFixed(1) : Math.round(km)} 公里`;
}
