export default definePageConfig({
  navigationBarTitleText: '我的参赛',
  enablePullDownRefresh: true,
});
