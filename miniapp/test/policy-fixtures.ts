// Policies as the API answers them (from the shared catalogue), and a small API for page tests.
import {
  allPolicies,
  toPolicyDetail,
  toPolicySummary,
  type EnterpriseProfile,
  type User,
} from '@szkc/shared';
import { fakeStorage, setApiHandler, type FakeRequest, type FakeResponse } from './taro-double';

export const policyList = { items: allPolicies.map(toPolicySummary), nextCursor: null };
export const policyDetail = (id: string) => toPolicyDetail(allPolicies.find((p) => p.id === id)!);

export const financeManager: User = {
  id: 'u-fin',
  nickname: '财务王经理',
  roles: ['citizen'],
  phoneMasked: null,
};

const notFound = (message: string): FakeResponse => ({
  statusCode: 404,
  data: { error: { code: 'NOT_FOUND', message } },
});

interface PolicyApiOptions {
  signedIn?: boolean;
  /** GET /me/enterprise; undefined answers 404 (nothing saved). */
  saved?: { profile: EnterpriseProfile; updatedAt: string };
  /** PUT /me/enterprise */
  onSave?: (request: FakeRequest) => FakeResponse;
}

/** Answers the policy endpoints, /me, and records every request. */
export function policyApi({ signedIn = false, saved, onSave }: PolicyApiOptions = {}): FakeRequest[] {
  const requests: FakeRequest[] = [];
  if (signedIn) fakeStorage.set('szkc.token', 'tok-fin');
  setApiHandler((request) => {
    requests.push(request);
    const path = request.url.replace('http://api.test', '').split('?')[0];
    if (path === '/me') return { statusCode: 200, data: financeManager };
    if (path === '/policies') return { statusCode: 200, data: policyList };
    if (path?.startsWith('/policies/')) {
      const policy = allPolicies.find((p) => `/policies/${p.id}` === path);
      return policy ? { statusCode: 200, data: toPolicyDetail(policy) } : notFound('未找到该政策');
    }
    if (path === '/me/enterprise' && request.method === 'GET') {
      return saved ? { statusCode: 200, data: saved } : notFound('尚未保存企业信息');
    }
    if (path === '/me/enterprise' && request.method === 'PUT' && onSave) return onSave(request);
    return notFound('内容不存在');
  });
  return requests;
}
