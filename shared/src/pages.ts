// Every page of the mini-program, by what it is for. `app.config.ts` lists its pages from here,
// pages navigate with these names, and the server links notifications to them; a test checks
// that each one exists in the app's config. Paths have no leading slash (WeChat's own form).

export const tabPages = {
  home: 'pages/home/index',
  events: 'pages/events/index',
  venues: 'pages/venues/index',
  policies: 'pages/policies/index',
  me: 'pages/me/index',
} as const;

export const mainPages = {
  eventDetail: 'pages/events/detail/index',
  myRegistrations: 'pages/events/mine/index',
} as const;

/** Subpackages: pages only some people use, loaded when first opened. */
export const subPackages = {
  organizer: {
    root: 'packages/organizer',
    pages: {
      organizerEvents: 'events/index',
      organizerEdit: 'edit/index',
      organizerManage: 'manage/index',
      organizerRoster: 'roster/index',
      organizerCheckin: 'checkin/index',
      organizerContests: 'contests/index',
      organizerContestEdit: 'contest-edit/index',
      organizerContestRanking: 'contest-ranking/index',
      organizerContestReviewers: 'contest-reviewers/index',
    },
  },
  contests: {
    root: 'packages/contests',
    pages: {
      contestList: 'list/index',
      contestDetail: 'detail/index',
      contestEnter: 'enter/index',
      contestEntry: 'entry/index',
      contestJoin: 'join/index',
      myEntries: 'mine/index',
    },
  },
  reviewer: {
    root: 'packages/reviewer',
    pages: {
      myReviews: 'reviews/index',
      reviewScore: 'score/index',
    },
  },
  // 我的数据 and the privacy guide: opened from 我的 now and then, not on every visit.
  account: {
    root: 'packages/account',
    pages: {
      myData: 'data/index',
      privacy: 'privacy/index',
    },
  },
  // The ticket with its QR code: the QR encoder ships here, not in the main package. The app
  // preloads this subpackage from the event pages (app.config.ts), so a ticket opens at the door.
  tickets: {
    root: 'packages/tickets',
    pages: {
      eventRegistration: 'registration/index',
    },
  },
  // Citizens' venue pages other than the tab: the main package stays within its budget.
  venues: {
    root: 'packages/venues',
    pages: {
      venueDetail: 'detail/index',
      passport: 'passport/index',
    },
  },
  // The policy detail and the self-test: the 政策 tab stays in the main package, these load on
  // first open (the self-test carries the form, the result card and the share image).
  policies: {
    root: 'packages/policies',
    pages: {
      policyDetail: 'detail/index',
      policyMatch: 'match/index',
    },
  },
  staff: {
    root: 'packages/staff',
    pages: {
      staffVenue: 'venue/index',
      staffCode: 'code/index',
    },
  },
  admin: {
    root: 'packages/admin',
    pages: {
      adminVenues: 'venues/index',
      adminVenueEdit: 'venue-edit/index',
      adminVenueStats: 'venue-stats/index',
    },
  },
  // The bureau's 数据看板: its chart library ships in this subpackage only.
  stats: {
    root: 'packages/stats',
    pages: {
      statsOverview: 'overview/index',
      statsReport: 'report/index',
    },
  },
} as const;

type SubPackageName = keyof typeof subPackages;
type SubPageName = {
  [P in SubPackageName]: keyof (typeof subPackages)[P]['pages'];
}[SubPackageName];

export type PageName = keyof typeof tabPages | keyof typeof mainPages | SubPageName;

const subPagePaths = Object.fromEntries(
  Object.values(subPackages).flatMap(({ root, pages }) =>
    Object.entries(pages).map(([name, page]) => [name, `${root}/${page}`]),
  ),
) as Record<SubPageName, string>;

export const pagePaths: Record<PageName, string> = { ...tabPages, ...mainPages, ...subPagePaths };

export const isTabPage = (name: PageName): boolean => name in tabPages;

/**
 * `pages/events/detail/index?id=01J…`: a page with its query, values encoded.
 * Built by hand because the WeChat runtime has no `URL`/`URLSearchParams`.
 */
export function pageLink(name: PageName, query: Record<string, string | number | undefined> = {}): string {
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length ? `${pagePaths[name]}?${pairs.join('&')}` : pagePaths[name];
}

/** The same with the leading slash that `Taro.navigateTo` and friends want. */
export const pageUrl = (name: PageName, query?: Record<string, string | number | undefined>): string =>
  `/${pageLink(name, query)}`;
