export default definePageConfig({
  navigationBarTitleText: '科普场馆',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
