import Taro from '@tarojs/taro';
import { parseIsoInstant, type Event } from '@szkc/shared';
import { toastSuccess } from '../../../api/feedback';

// Phone features the detail page offers only where the platform has them (WeChat, not H5).
export const hasPhoneCalendar = process.env.TARO_ENV === 'weapp';
export const hasMap = process.env.TARO_ENV === 'weapp';

export async function addToCalendar(event: Event): Promise<void> {
  const seconds = (iso: string) => Math.floor((parseIsoInstant(iso) ?? 0) / 1000);
  try {
    await Taro.addPhoneCalendar({
      title: event.title,
      startTime: seconds(event.startAt),
      endTime: String(seconds(event.endAt)),
      location: [event.venueName, event.address].filter(Boolean).join(' '),
      description: `${event.organizerName}主办。入场码在小程序“我的报名”中。`,
      alarm: true,
      alarmOffset: 24 * 60 * 60, // the day before, like the 活动提醒 message
    });
    toastSuccess('已添加到日历');
  } catch (e) {
    // Declining the system prompt is an answer, not an error.
    if (String((e as { errMsg?: string })?.errMsg ?? '').includes('cancel')) return;
    void Taro.showToast({
      title: '未能添加，请在系统设置中允许小程序访问日历',
      icon: 'none',
      duration: 3000,
    });
  }
}

export function openMap(event: Event): void {
  if (!event.location) return;
  void Taro.openLocation({
    latitude: event.location.lat,
    longitude: event.location.lng,
    name: event.venueName ?? event.title,
    address: event.address,
    scale: 16,
  }).catch(() => undefined);
}
