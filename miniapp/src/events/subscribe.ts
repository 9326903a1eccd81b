import Taro from '@tarojs/taro';

// Template ids of 报名成功 / 候补转正 / 活动提醒 / 活动取消, set per build (they differ per AppID).
const templateIds = (process.env.TARO_APP_SUBSCRIBE_TEMPLATES || '')
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean)
  .slice(0, 3); // WeChat asks for at most 3 templates at once

/**
 * Asks WeChat for permission to send event notifications. It must run inside the tap handler,
 * and it is never awaited by the caller: a seat must not wait for the person to answer a prompt.
 */
export function requestEventNotifications(): void {
  if (process.env.TARO_ENV !== 'weapp' || templateIds.length === 0) return;
  try {
    Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] } as Parameters<
      typeof Taro.requestSubscribeMessage
    >[0]).catch(() => undefined);
  } catch {
    // Old clients without the API: registering still works, there is just no notification.
  }
}
