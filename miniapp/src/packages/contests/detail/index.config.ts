export default definePageConfig({
  navigationBarTitleText: '大赛详情',
});
