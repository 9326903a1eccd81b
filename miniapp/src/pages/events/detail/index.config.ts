export default definePageConfig({
  navigationBarTitleText: '活动详情',
  // The share card (useShareAppMessage) needs this on WeChat.
  enableShareAppMessage: true,
});
