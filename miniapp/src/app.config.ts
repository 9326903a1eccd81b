import { mainPages, subPackages, tabPages } from '@szkc/shared';

// The page paths come from shared/src/pages.ts, the one table the pages and the server use too.
// Organiser/admin pages live in subPackages there, so the main package stays small.

// Tabs shown in the bottom bar, in the order of `tabPages`. Icons: 81x81 PNG, see
// tools/make-tab-icons.mjs.
const tabLooks: Record<keyof typeof tabPages, { text: string; icon: string }> = {
  home: { text: '首页', icon: 'home' },
  events: { text: '活动', icon: 'events' },
  venues: { text: '场馆', icon: 'venues' },
  policies: { text: '政策', icon: 'policy' },
  me: { text: '我的', icon: 'me' },
};

const tabs = (Object.keys(tabPages) as Array<keyof typeof tabPages>).map((name) => ({
  pagePath: tabPages[name],
  text: tabLooks[name].text,
  iconPath: `assets/tab/${tabLooks[name].icon}.png`,
  selectedIconPath: `assets/tab/${tabLooks[name].icon}-active.png`,
}));

export default defineAppConfig({
  // The first page is the one WeChat opens: 首页.
  pages: [...Object.values(tabPages), ...Object.values(mainPages)],
  subPackages: Object.values(subPackages).map(({ root, pages }) => ({ root, pages: Object.values(pages) })),
  // The ticket is opened at the venue door, often on a weak network: fetch its subpackage while the
  // person looks at an event or at 我的报名.
  preloadRule: {
    [mainPages.eventDetail]: { network: 'all', packages: [subPackages.tickets.root] },
    [mainPages.myRegistrations]: { network: 'all', packages: [subPackages.tickets.root] },
    // The 政策 tab leads to the self-test and the policy pages: fetched while the list is read.
    [tabPages.policies]: { network: 'all', packages: [subPackages.policies.root] },
  },
  window: {
    navigationBarBackgroundColor: '#0b5c7a',
    navigationBarTitleText: '石嘴山科创',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f6f8',
    backgroundTextStyle: 'dark',
  },
  // 场馆 asks for one location fix when the person taps 离我最近 or 定位打卡 (WeChat requires both
  // declarations for wx.getLocation); the privacy guide says the same.
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '用于按远近排列科普场馆，以及打卡时确认您在场馆附近（位置不会保存）' },
  },
  tabBar: {
    color: '#4a5a66',
    selectedColor: '#0b5c7a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: tabs,
  },
});
