import Taro from '@tarojs/taro';
import { pageUrl, type PageName, type tabPages } from '@szkc/shared';
import { openPage } from '../navigation';

type Query = Record<string, string | number | undefined>;

// The page a person left for 我的 to log in, to go back to once logged in; one at a time.
let pending: string | null = null;

/** Opens 我的 to log in; logging in there brings the person back to this page. */
export function logInThenReturn(name: Exclude<PageName, keyof typeof tabPages>, query: Query = {}): void {
  pending = pageUrl(name, query);
  openPage('me');
}

/** After a login on 我的: back to the page that sent the person there, if one did. */
export function returnAfterLogin(): void {
  const url = pending;
  pending = null;
  if (url) void Taro.navigateTo({ url });
}
