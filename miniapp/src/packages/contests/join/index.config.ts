export default definePageConfig({
  navigationBarTitleText: '加入参赛团队',
});
