import type { PageName } from '@szkc/shared';

// A page that sends the person to 我的 to log in (a tab: switchTab closes the page) asks to be
// opened again once the login succeeds. In memory: a login on another day starts on 我的.
let waiting: PageName | null = null;

export function returnAfterLogin(page: PageName): void {
  waiting = page;
}

/** The page to go back to after a login, once; null when none asked. */
export function takeReturnPage(): PageName | null {
  const page = waiting;
  waiting = null;
  return page;
}

export const hasReturnPage = (): boolean => waiting !== null;
