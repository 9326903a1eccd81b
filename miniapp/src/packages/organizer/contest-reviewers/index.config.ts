export default definePageConfig({
  navigationBarTitleText: '分配评审专家',
});
