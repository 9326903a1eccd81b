export default definePageConfig({
  navigationBarTitleText: '场馆管理',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
