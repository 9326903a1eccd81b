import { existsSync } from 'node:fs';
import path from 'node:path';
import { isTabPage, pageLink, pagePaths, type PageName } from '@szkc/shared';

// The server links notifications to pages with pageLink() from shared/src/pages.ts, and the pages
// open each other by the same names: every one of them must be a page WeChat knows.

interface AppConfig {
  pages: string[];
  subPackages: Array<{ root: string; pages: string[] }>;
  preloadRule: Record<string, { network: string; packages: string[] }>;
  tabBar: { list: Array<{ pagePath: string }> };
}

let config: AppConfig;
let appPages: string[];

beforeAll(async () => {
  // Taro provides defineAppConfig as a compile-time global; outside a build it is the identity.
  Object.assign(globalThis, { defineAppConfig: (appConfig: unknown) => appConfig });
  config = (await import('./app.config')).default as unknown as AppConfig;
  appPages = [
    ...config.pages,
    ...config.subPackages.flatMap(({ root, pages }) => pages.map((page) => `${root}/${page}`)),
  ];
});

const named = Object.entries(pagePaths) as Array<[PageName, string]>;

describe('the page table of shared/src/pages.ts', () => {
  it.each(named)('%s (%s) is a page of app.config.ts', (_name, page) => {
    expect(appPages).toContain(page);
  });

  it.each(named)('%s (%s) has its page source and page config', (_name, page) => {
    expect(existsSync(path.join(import.meta.dirname, `${page}.tsx`))).toBe(true);
    expect(existsSync(path.join(import.meta.dirname, `${page}.config.ts`))).toBe(true);
  });

  it('lists no page in app.config.ts that the table does not name', () => {
    expect([...appPages].sort()).toEqual(Object.values(pagePaths).sort());
  });

  it('opens with 首页 and has the tab bar of exactly the tab pages', () => {
    expect(config.pages[0]).toBe(pagePaths.home);
    const tabs = named.filter(([name]) => isTabPage(name)).map(([, page]) => page);
    expect(config.tabBar.list.map((tab) => tab.pagePath)).toEqual(tabs);
  });

  it('preloads the ticket subpackage from the event pages, and only real pages and subpackages', () => {
    const roots = config.subPackages.map((p) => p.root);
    for (const [page, rule] of Object.entries(config.preloadRule)) {
      expect(appPages).toContain(page);
      for (const root of rule.packages) expect(roots).toContain(root);
    }
    const ticketRoot = config.subPackages.find((p) =>
      pagePaths.eventRegistration.startsWith(`${p.root}/`),
    )?.root;
    expect(ticketRoot).toBeDefined();
    expect(config.preloadRule[pagePaths.eventDetail]?.packages).toContain(ticketRoot);
    expect(config.preloadRule[pagePaths.myRegistrations]?.packages).toContain(ticketRoot);
  });

  it('links a notification to the event detail page with its query', () => {
    const link = pageLink('eventDetail', { id: '01JEVENT' });
    expect(link).toBe('pages/events/detail/index?id=01JEVENT');
    expect(appPages).toContain(link.split('?')[0]);
  });
});
