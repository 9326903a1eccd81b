export default definePageConfig({
  navigationBarTitleText: '创建活动',
});
