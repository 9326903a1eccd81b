// Where the policy pages live (see app.config.ts).
export const policiesTabUrl = '/pages/policies/index';
export const matchPageUrl = '/pages/policies/match/index';
export const detailPageUrl = (id: string) => `/pages/policies/detail/index?id=${encodeURIComponent(id)}`;
