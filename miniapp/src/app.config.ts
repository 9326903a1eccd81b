// Tabs shown in the bottom bar, in order. Add a capability's tab here (e.g. 政策) once its page
// works; the page list follows from it.
const tabs = [
  { pagePath: 'pages/home/index', text: '首页' },
  { pagePath: 'pages/me/index', text: '我的' },
];

// Small pages that are not tabs. Organiser/admin pages go into subPackages, not here.
const otherPages = ['pages/privacy/index', 'pages/my-data/index'];

export default defineAppConfig({
  pages: [...tabs.map((tab) => tab.pagePath), ...otherPages],
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
