export default definePageConfig({
  navigationBarTitleText: '创新大赛',
  enablePullDownRefresh: true,
});
