export default definePageConfig({
  navigationBarTitleText: '创建大赛',
});
