// Helpers for event tests: an organiser's published event with given numbers, and many users.
import { toShanghaiIso } from '@szkc/shared';
import { client, uniqueName } from './client';

type Api = ReturnType<typeof client>;
const hour = 3600_000;

export function eventInput(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    title: '测试活动：少儿科学实验课',
    description: '在科技馆动手做实验。',
    category: 'workshop',
    district: '640202',
    address: '石嘴山市大武口区世纪大道 石嘴山科技馆',
    venueName: '石嘴山科技馆',
    startAt: toShanghaiIso(now + 72 * hour),
    endAt: toShanghaiIso(now + 74 * hour),
    signupOpensAt: toShanghaiIso(now - hour),
    signupClosesAt: toShanghaiIso(now + 70 * hour),
    capacity: 10,
    waitlistLimit: 5,
    maxPartySize: 3,
    ...overrides,
  };
}

/** A fresh organiser (granted by the seeded admin) and a published event of theirs. */
export async function publishedEvent(api: Api, overrides: Record<string, unknown> = {}) {
  const organizer = await organizerSession(api);
  const created = await api.call('POST', '/events', { token: organizer.token, body: eventInput(overrides) });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await api.call('POST', `/events/${created.body.id}/publish`, { token: organizer.token });
  if (published.status !== 200) throw new Error(`publish: ${published.status}`);
  return { event: published.body, organizer };
}

export async function organizerSession(api: Api) {
  const admin = await api.login('admin');
  const organizer = await api.login(uniqueName('org'));
  await api.call('PUT', `/users/${organizer.user.id}/roles`, {
    token: admin.token,
    body: { roles: ['organizer'] },
  });
  return organizer;
}

/** `count` logged-in citizens, logged in a few at a time. */
export async function citizens(api: Api, count: number, prefix = 'cit') {
  const sessions: Array<Awaited<ReturnType<Api['login']>>> = [];
  for (let i = 0; i < count; i += 25) {
    sessions.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(25, count - i) }, () => api.login(uniqueName(prefix))),
      )),
    );
  }
  return sessions;
}

export const signup = (partySize: number, i = 0) => ({
  partySize,
  contactName: `张${'一二三四五六七八九十'[i % 10]}`,
  contactPhone: `1380000${String(1000 + (i % 9000)).padStart(4, '0')}`,
});
