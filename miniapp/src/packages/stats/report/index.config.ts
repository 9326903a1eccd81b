export default definePageConfig({
  navigationBarTitleText: '填报指标',
});
