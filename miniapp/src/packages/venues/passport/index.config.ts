export default definePageConfig({
  navigationBarTitleText: '科普护照',
  enablePullDownRefresh: true,
});
