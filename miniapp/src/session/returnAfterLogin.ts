import Taro from '@tarojs/taro';
import { pageUrl, type PageName, type tabPages } from '@szkc/shared';
import { openPage } from '../navigation';

type Query = Record<string, string | number | undefined>;

// The page a person left for 我的 to log in (a tab: switchTab closes the page), to go back to once
// logged in; one at a time. In memory: a login on another day starts on 我的.
let pending: string | null = null;

/** Opens 我的 to log in; logging in there brings the person back to this page. */
export function logInThenReturn(name: Exclude<PageName, keyof typeof tabPages>, query: Query = {}): void {
  pending = pageUrl(name, query);
  openPage('me');
}

/** True while a page waits for the person to log in on 我的 (我的 says so). */
export const waitingToReturn = (): boolean => pending !== null;

/** After a login on 我的: back to the page that sent the person there, if one did. */
export function returnAfterLogin(): void {
  const url = pending;
  pending = null;
  if (url) void Taro.navigateTo({ url });
}
