export default definePageConfig({
  navigationBarTitleText: '大赛评审管理',
});
