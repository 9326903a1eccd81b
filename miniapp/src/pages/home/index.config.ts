export default definePageConfig({
  navigationBarTitleText: '石嘴山科创',
});
