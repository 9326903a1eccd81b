export default definePageConfig({
  navigationBarTitleText: '我的参赛项目',
});
