export default definePageConfig({
  navigationBarTitleText: '场馆打卡码',
});
