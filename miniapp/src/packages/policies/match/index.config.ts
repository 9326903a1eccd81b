export default definePageConfig({
  navigationBarTitleText: '政策匹配自测',
  // Forwarding the page (not the figures) to a colleague from the ··· menu.
  enableShareAppMessage: true,
});
