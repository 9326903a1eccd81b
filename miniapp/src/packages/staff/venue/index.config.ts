export default definePageConfig({
  navigationBarTitleText: '场馆工作台',
  enablePullDownRefresh: true,
});
