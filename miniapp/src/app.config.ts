// Tabs shown in the bottom bar, in order. Add a capability's tab here (e.g. 政策) once its page
// works; the page list follows from it. Icons: 81x81 PNG, see tools/make-tab-icons.mjs.
const tab = (pagePath: string, text: string, icon: string) => ({
  pagePath,
  text,
  iconPath: `assets/tab/${icon}.png`,
  selectedIconPath: `assets/tab/${icon}-active.png`,
});

const tabs = [
  tab('pages/home/index', '首页', 'home'),
  tab('pages/events/index', '活动', 'events'),
  tab('pages/policies/index', '政策', 'policy'),
  tab('pages/me/index', '我的', 'me'),
];

// Small pages that are not tabs. Organiser/admin pages go into subPackages, not here.
const otherPages = [
  'pages/privacy/index',
  'pages/my-data/index',
  'pages/event/index',
  'pages/my-registrations/index',
  'pages/registration/index',
  'pages/policies/detail/index',
  'pages/policies/match/index',
];

// 科普 events, organiser side: my events, create/edit, roster and export, door check-in.
const organizerPackage = {
  root: 'packages/organizer',
  pages: ['events/index', 'edit/index', 'manage/index', 'roster/index', 'checkin/index'],
};

export default defineAppConfig({
  pages: [...tabs.map((tab) => tab.pagePath), ...otherPages],
  subPackages: [organizerPackage],
  window: {
    navigationBarBackgroundColor: '#0b5c7a',
    navigationBarTitleText: '石嘴山科创',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f6f8',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#4a5a66',
    selectedColor: '#0b5c7a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: tabs,
  },
});
