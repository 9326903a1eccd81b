import Taro from '@tarojs/taro';
import type { VenueCheckinLocation } from './schemas';

export type LocationAnswer =
  | { ok: true; location: VenueCheckinLocation }
  /** `denied`: the person (or the phone's settings) said no; `unavailable`: no fix came. */
  | { ok: false; reason: 'denied' | 'unavailable' };

const errText = (e: unknown) =>
  String((e as { errMsg?: string; message?: string })?.errMsg ?? (e as Error)?.message ?? '');

/**
 * One GCJ-02 fix (the coordinates API.md wants), asked only when the person taps for it. WeChat
 * shows its own prompt with the reason from app.config's `permission`; the page says the reason
 * next to the button too.
 */
export async function currentLocation(): Promise<LocationAnswer> {
  try {
    const fix = await Taro.getLocation({ type: 'gcj02', isHighAccuracy: true, highAccuracyExpireTime: 5000 });
    return {
      ok: true,
      location: {
        lat: fix.latitude,
        lng: fix.longitude,
        accuracy: Math.max(0, Math.round(fix.accuracy ?? 0)),
      },
    };
  } catch (e) {
    return {
      ok: false,
      reason: /auth|deny|denied|permission|拒绝/i.test(errText(e)) ? 'denied' : 'unavailable',
    };
  }
}

/** What to say when no location came, and what to do about it. */
export function locationProblem(reason: 'denied' | 'unavailable'): string {
  return reason === 'denied'
    ? '没有获得位置权限。请允许本小程序使用您的位置（微信右上角“…”→“设置”，或手机系统设置），再试一次。'
    : '暂时无法获取位置。请打开手机的定位服务（GPS），到室外开阔处再试一次。';
}

/** Opens WeChat's permission page where the person can allow the location again. */
export const canOpenSettings = process.env.TARO_ENV === 'weapp';
export const openSettings = () => void Taro.openSetting().catch(() => undefined);

/** `850 米`, `2.3 公里`, `15 公里`. */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.round(metres)} 米`;
  const km = metres / 1000;
  return `${km < 10 ? km.toFixed(1) : Math.round(km)} 公里`;
}
