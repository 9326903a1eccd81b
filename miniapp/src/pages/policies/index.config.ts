export default definePageConfig({
  navigationBarTitleText: '科技政策',
  enablePullDownRefresh: true,
});
