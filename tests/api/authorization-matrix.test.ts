// Every endpoint × every role, including acting on someone else's account. A new endpoint must
// be added here: the test fails when serverless.yml declares a route this matrix does not cover.
import type { Role } from '@szkc/shared';
import { qualifyingProfile } from '../../shared/src/policies/test-fixtures';
import { client, uniqueName } from '../support/client';
import { eventInput, organizerSession, publishedEvent, signup } from '../support/events';
import { declaredRoutes, startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
let adminToken: string;

beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
  adminToken = (await api.login('admin')).token;
});
afterAll(() => gateway.close());

type Actor = 'anonymous' | Role;
const actors: Actor[] = ['anonymous', 'citizen', 'organizer', 'venue_staff', 'reviewer', 'admin'];

/** A fresh user holding `role` (plus citizen); anonymous has no token. */
async function actor(role: Actor): Promise<{ token?: string; id?: string }> {
  if (role === 'anonymous') return {};
  const { token, user } = await api.login(uniqueName(role.slice(0, 8)));
  if (role !== 'citizen') {
    const reply = await api.call('PUT', `/users/${user.id}/roles`, {
      token: adminToken,
      body: { roles: [role] },
    });
    expect(reply.status).toBe(200);
  }
  return { token, id: user.id };
}

type Cell = {
  route: string;
  expect: Partial<Record<Actor, number>>;
  call: (who: { token?: string; id?: string }) => Promise<number>;
};

const everyone = (status: number) =>
  Object.fromEntries(actors.map((a) => [a, status])) as Record<Actor, number>;
const adminOnly = (status: number) =>
  ({
    anonymous: 401,
    citizen: 403,
    organizer: 403,
    venue_staff: 403,
    reviewer: 403,
    admin: status,
  }) as Record<Actor, number>;

/** An event of another organiser than the caller: published, or a draft. */
async function othersEvent(publish = true): Promise<{ id: string }> {
  if (publish) return (await publishedEvent(api)).event;
  const owner = await organizerSession(api);
  return (await api.call('POST', '/events', { token: owner.token, body: eventInput() })).body;
}

const everyoneLoggedIn = (status: number) =>
  Object.fromEntries(actors.map((a) => [a, a === 'anonymous' ? 401 : status])) as Record<Actor, number>;

const matrix: Cell[] = [
  {
    route: 'POST /auth/login',
    expect: Object.fromEntries(actors.map((a) => [a, 200])),
    call: async () =>
      (await api.call('POST', '/auth/login', { body: { code: `dev:${uniqueName('m')}` } })).status,
  },
  {
    route: 'GET /me',
    expect: everyoneLoggedIn(200),
    call: async (who) => (await api.call('GET', '/me', who)).status,
  },
  {
    route: 'GET /me/export',
    expect: everyoneLoggedIn(200),
    call: async (who) => (await api.call('GET', '/me/export', who)).status,
  },
  {
    route: 'DELETE /me',
    expect: everyoneLoggedIn(204),
    call: async (who) => (await api.call('DELETE', '/me', who)).status,
  },
  {
    // Someone else's account: only an admin may change its roles.
    route: 'PUT /users/{id}/roles',
    expect: { anonymous: 401, citizen: 403, organizer: 403, venue_staff: 403, reviewer: 403, admin: 200 },
    call: async (who) => {
      const other = await actor('citizen');
      return (
        await api.call('PUT', `/users/${other.id}/roles`, { token: who.token, body: { roles: ['reviewer'] } })
      ).status;
    },
  },
  // Policies: the catalogue and the eligibility check are public; the saved profile is one's own.
  {
    route: 'GET /policies',
    expect: Object.fromEntries(actors.map((a) => [a, 200])),
    call: async (who) => (await api.call('GET', '/policies', who)).status,
  },
  {
    route: 'GET /policies/{id}',
    expect: Object.fromEntries(actors.map((a) => [a, 200])),
    call: async (who) => (await api.call('GET', '/policies/tech-sme', who)).status,
  },
  {
    route: 'POST /policies/eligibility',
    expect: Object.fromEntries(actors.map((a) => [a, 200])),
    call: async (who) =>
      (await api.call('POST', '/policies/eligibility', { ...who, body: { profile: qualifyingProfile } }))
        .status,
  },
  {
    route: 'PUT /me/enterprise',
    expect: everyoneLoggedIn(200),
    call: async (who) =>
      (await api.call('PUT', '/me/enterprise', { ...who, body: { profile: qualifyingProfile } })).status,
  },
  {
    // One's own saved profile (saved first); someone else's is never reachable (no id in the path).
    route: 'GET /me/enterprise',
    expect: everyoneLoggedIn(200),
    call: async (who) => {
      if (who.token)
        expect(
          (await api.call('PUT', '/me/enterprise', { ...who, body: { profile: qualifyingProfile } })).status,
        ).toBe(200);
      return (await api.call('GET', '/me/enterprise', who)).status;
    },
  },
  // Events: public reading; managing someone else's event only as an admin; one's own registration.
  {
    route: 'GET /events',
    expect: everyone(200),
    call: async (who) => (await api.call('GET', '/events', who)).status,
  },
  {
    route: 'GET /events/{id}',
    expect: everyone(200),
    call: async (who) => (await api.call('GET', `/events/${(await othersEvent()).id}`, who)).status,
  },
  {
    route: 'POST /events',
    expect: { anonymous: 401, citizen: 403, organizer: 201, venue_staff: 403, reviewer: 403, admin: 201 },
    call: async (who) => (await api.call('POST', '/events', { ...who, body: eventInput() })).status,
  },
  {
    route: 'PATCH /events/{id}',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('PATCH', `/events/${(await othersEvent()).id}`, { ...who, body: { title: '新标题' } }))
        .status,
  },
  {
    // Someone else's draft is not there for them: 404, as for a missing id (a 403 would say it exists).
    route: 'POST /events/{id}/publish',
    expect: { ...adminOnly(200), citizen: 404, organizer: 404, venue_staff: 404, reviewer: 404 },
    call: async (who) =>
      (await api.call('POST', `/events/${(await othersEvent(false)).id}/publish`, who)).status,
  },
  {
    route: 'POST /events/{id}/cancel',
    expect: adminOnly(200),
    call: async (who) => (await api.call('POST', `/events/${(await othersEvent()).id}/cancel`, who)).status,
  },
  {
    route: 'POST /events/{id}/registrations',
    expect: everyoneLoggedIn(201),
    call: async (who) =>
      (
        await api.call('POST', `/events/${(await othersEvent()).id}/registrations`, {
          ...who,
          body: signup(1),
        })
      ).status,
  },
  {
    route: 'DELETE /events/{id}/registrations/me',
    expect: everyoneLoggedIn(200),
    call: async (who) => {
      const event = await othersEvent();
      if (who.token) await api.call('POST', `/events/${event.id}/registrations`, { ...who, body: signup(1) });
      return (await api.call('DELETE', `/events/${event.id}/registrations/me`, who)).status;
    },
  },
  {
    route: 'GET /events/{id}/registrations',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('GET', `/events/${(await othersEvent()).id}/registrations`, who)).status,
  },
  {
    route: 'GET /events/{id}/registrations.xlsx',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('GET', `/events/${(await othersEvent()).id}/registrations.xlsx`, who)).status,
  },
  {
    // Another organiser's event: venue staff and admins may check in, that other organiser may not.
    route: 'POST /events/{id}/checkins',
    expect: { anonymous: 401, citizen: 403, organizer: 403, venue_staff: 200, reviewer: 403, admin: 200 },
    call: async (who) => {
      const event = await othersEvent();
      const guest = await actor('citizen');
      const reg = await api.call('POST', `/events/${event.id}/registrations`, {
        token: guest.token,
        body: signup(2),
      });
      return (
        await api.call('POST', `/events/${event.id}/checkins`, { ...who, body: { ticket: reg.body.ticket } })
      ).status;
    },
  },
  {
    route: 'GET /me/registrations',
    expect: everyoneLoggedIn(200),
    call: async (who) => (await api.call('GET', '/me/registrations', who)).status,
  },
  {
    route: 'GET /me/events',
    expect: { anonymous: 401, citizen: 403, organizer: 200, venue_staff: 403, reviewer: 403, admin: 200 },
    call: async (who) => (await api.call('GET', '/me/events', who)).status,
  },
];

describe('authorization matrix', () => {
  it('covers every route serverless.yml declares', () => {
    const declared = declaredRoutes().map((r) => `${r.method} /${r.segments.join('/')}`);
    const publicMeta = ['GET /openapi.json', 'GET /health'];
    expect(declared.filter((r) => !publicMeta.includes(r)).sort()).toEqual(matrix.map((c) => c.route).sort());
  });

  for (const cell of matrix) {
    for (const who of actors) {
      it(`${cell.route} as ${who} → ${cell.expect[who]}`, async () => {
        expect(await cell.call(await actor(who))).toBe(cell.expect[who]);
      });
    }
  }

  it('does not let a user change their own roles', async () => {
    const me = await actor('organizer');
    const reply = await api.call('PUT', `/users/${me.id}/roles`, {
      token: me.token,
      body: { roles: ['admin'] },
    });
    expect(reply.status).toBe(403);
    expect((await api.call('GET', '/me', me)).body.roles).not.toContain('admin');
  });

  it('takes a revoked role away at once, without a new login', async () => {
    const admin2 = await actor('admin');
    const target = await actor('citizen');
    const revoke = await api.call('PUT', `/users/${admin2.id}/roles`, {
      token: adminToken,
      body: { roles: ['citizen'] },
    });
    expect(revoke.status).toBe(200);
    const reply = await api.call('PUT', `/users/${target.id}/roles`, {
      token: admin2.token,
      body: { roles: ['organizer'] },
    });
    expect(reply.status).toBe(403);
  });
});
