import Taro from '@tarojs/taro';
import { isTabPage, pageUrl, type PageName, type tabPages } from '@szkc/shared';

type TabPageName = keyof typeof tabPages;
type Query = Record<string, string | number | undefined>;

/**
 * Opens a page by its name in `shared/src/pages.ts`: a tab with switchTab (WeChat refuses
 * navigateTo to a tab, and a tab takes no query), any other page with navigateTo.
 */
export function openPage(name: PageName): void;
export function openPage(name: Exclude<PageName, TabPageName>, query: Query): void;
export function openPage(name: PageName, query?: Query): void {
  if (isTabPage(name)) void Taro.switchTab({ url: pageUrl(name) });
  else void Taro.navigateTo({ url: pageUrl(name, query) });
}

/** Opens a page in place of the current one, so 返回 does not lead back to it. */
export function replacePage(name: Exclude<PageName, TabPageName>, query?: Query): void {
  void Taro.redirectTo({ url: pageUrl(name, query) });
}
