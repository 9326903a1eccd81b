// Helpers for venue tests: venues of each mode created by the seeded admin, their staff, codes
// signed the way the venues function signs them (the same secret is in this process), and
// positions a given distance from a venue.
import { client, uniqueName } from './client';

type Api = ReturnType<typeof client>;

/** 大武口区, near 石嘴山科技馆. */
export const cityCentre = { lat: 39.0157, lng: 106.3861 };

export function venueInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `测试场馆 ${uniqueName('v')}`,
    kind: 'base',
    district: '640202',
    address: '宁夏石嘴山市大武口区测试路 1 号',
    location: cityCentre,
    openingHours: '周二至周日 9:00–17:00',
    description: '用于测试的科普教育基地。',
    checkinMode: 'geo',
    radiusM: 200,
    ...overrides,
  };
}

export async function adminToken(api: Api) {
  return (await api.login('admin')).token;
}

/** A fresh venue (mode geo unless overridden), created by the seeded admin. */
export async function createVenue(api: Api, overrides: Record<string, unknown> = {}) {
  const reply = await api.call('POST', '/venues', {
    token: await adminToken(api),
    body: venueInput(overrides),
  });
  if (reply.status !== 201) throw new Error(`create venue: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body as { id: string; name: string; location: { lat: number; lng: number }; radiusM: number };
}

/** A fresh venue_staff account named staff of the venue. */
export async function staffOf(api: Api, venueId: string) {
  const admin = await adminToken(api);
  const staff = await api.login(uniqueName('staff'));
  await api.call('PUT', `/users/${staff.user.id}/roles`, { token: admin, body: { roles: ['venue_staff'] } });
  const named = await api.call('PUT', `/venues/${venueId}/staff`, {
    token: admin,
    body: { userIds: [staff.user.id] },
  });
  if (named.status !== 200) throw new Error(`name staff: ${named.status} ${JSON.stringify(named.body)}`);
  return staff;
}

/** The venue's current code as its staff page gets it. */
export async function currentCode(api: Api, venueId: string): Promise<string> {
  const reply = await api.call('GET', `/venues/${venueId}/code`, { token: await adminToken(api) });
  if (reply.status !== 200) throw new Error(`code: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.code;
}

/** A point `metres` north of `from`. */
export const northOf = (from: { lat: number; lng: number }, metres: number) => ({
  lat: from.lat + metres / 111_195,
  lng: from.lng,
});

/** A phone's fix at the venue, as wx.getLocation reports it. */
export const fixAt = (point: { lat: number; lng: number }, accuracy = 30) => ({ ...point, accuracy });

/** Today in Asia/Shanghai, `YYYY-MM-DD`. */
export const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
