export default definePageConfig({
  navigationBarTitleText: '创建参赛项目',
});
