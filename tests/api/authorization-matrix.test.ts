// Every endpoint × every role, including acting on someone else's account. A new endpoint must
// be added here: the test fails when serverless.yml declares a route this matrix does not cover.
import type { Role } from '@szkc/shared';
import { qualifyingProfile } from '../../shared/src/policies/test-fixtures';
import { client, uniqueName } from '../support/client';
import { contestInput, entryInput, leaderEntry, publishedContest } from '../support/contests';
import { pdfBytes, uploadPlan } from '../support/plans';
import { eventInput, organizerSession, publishedEvent, signup } from '../support/events';
import { declaredRoutes, startGateway } from '../support/gateway';
import { createVenue, fixAt, shanghaiToday, staffOf, venueInput as venueBody } from '../support/venues';

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

/** A venue someone else (a fresh staff member) runs; the caller is never its staff. */
async function othersVenue(checkinMode = 'screen') {
  const venue = await createVenue(api, { checkinMode });
  await staffOf(api, venue.id);
  return venue;
}
const today = () => `from=${shanghaiToday()}&to=${shanghaiToday()}`;

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
    route: 'POST /events/{id}/registrations/{registrationId}/checkin',
    expect: { anonymous: 401, citizen: 403, organizer: 403, venue_staff: 403, reviewer: 403, admin: 200 },
    call: async (who) => {
      const event = await othersEvent();
      const guest = await actor('citizen');
      const reg = await api.call('POST', `/events/${event.id}/registrations`, {
        token: guest.token,
        body: signup(2),
      });
      return (await api.call('POST', `/events/${event.id}/registrations/${reg.body.id}/checkin`, who)).status;
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
  {
    route: 'GET /venues',
    expect: everyone(200),
    call: async (who) => (await api.call('GET', '/venues', who)).status,
  },
  {
    route: 'GET /venues/{id}',
    expect: everyone(200),
    call: async (who) => (await api.call('GET', `/venues/${(await othersVenue()).id}`, who)).status,
  },
  {
    route: 'POST /venues',
    expect: adminOnly(201),
    call: async (who) => (await api.call('POST', '/venues', { ...who, body: venueBody() })).status,
  },
  {
    route: 'PATCH /venues/{id}',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('PATCH', `/venues/${(await othersVenue()).id}`, { ...who, body: { radiusM: 300 } }))
        .status,
  },
  {
    route: 'POST /venues/{id}/checkins',
    expect: everyoneLoggedIn(201),
    call: async (who) => {
      const venue = await othersVenue('geo');
      return (
        await api.call('POST', `/venues/${venue.id}/checkins`, {
          ...who,
          body: { location: fixAt(venue.location) },
        })
      ).status;
    },
  },
  {
    route: 'PUT /venues/{id}/staff',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('PUT', `/venues/${(await othersVenue()).id}/staff`, { ...who, body: { userIds: [] } }))
        .status,
  },
  {
    // Staff of another venue may not show this one's code.
    route: 'GET /venues/{id}/code',
    expect: adminOnly(200),
    call: async (who) => (await api.call('GET', `/venues/${(await othersVenue()).id}/code`, who)).status,
  },
  {
    route: 'GET /venues/{id}/stats',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('GET', `/venues/${(await othersVenue()).id}/stats?${today()}`, who)).status,
  },
  {
    route: 'GET /me/passport',
    expect: everyoneLoggedIn(200),
    call: async (who) => (await api.call('GET', '/me/passport', who)).status,
  },
  {
    route: 'GET /stats/venues',
    expect: adminOnly(200),
    call: async (who) => (await api.call('GET', `/stats/venues?${today()}`, who)).status,
  },
  {
    route: 'GET /stats/venues.xlsx',
    expect: adminOnly(200),
    call: async (who) => (await api.call('GET', `/stats/venues.xlsx?${today()}`, who)).status,
  },
];

// Contests: public reading; managing someone else's contest only as an admin.
/** A contest of another organiser than the caller: published, or a draft. */
async function othersContest(publish = true): Promise<{ id: string }> {
  if (publish) return (await publishedContest(api)).contest;
  const owner = await organizerSession(api);
  return (await api.call('POST', '/contests', { token: owner.token, body: contestInput() })).body;
}
const organizersAndAdmins = (status: number) =>
  ({
    anonymous: 401,
    citizen: 403,
    organizer: status,
    venue_staff: 403,
    reviewer: 403,
    admin: status,
  }) as Record<Actor, number>;

/** Someone else's entry (a fresh leader's) in someone else's contest. */
async function othersEntry() {
  const { contest } = await publishedContest(api);
  const { entry, leader } = await leaderEntry(api, contest.id);
  return { contestId: contest.id as string, entry, leader };
}
/** A submitted entry (plan uploaded) in someone else's contest, with that contest's organiser. */
async function othersSubmittedEntry() {
  const { contest, organizer } = await publishedContest(api);
  const profile = { establishedOn: '2025-06-01', revenueLastYear: 1_000_000 };
  const { entry, leader } = await leaderEntry(api, contest.id, { profile });
  const base = `/contests/${contest.id}/entries/${entry.id}`;
  expect((await uploadPlan(api, leader.token, base, pdfBytes())).confirm.status).toBe(200);
  expect((await api.call('POST', `${base}/submit`, leader)).status).toBe(200);
  return { contestId: contest.id as string, entry, organizer, base };
}
/** Reviewers only. */
const reviewersOnly = {
  anonymous: 401,
  citizen: 403,
  organizer: 403,
  venue_staff: 403,
  reviewer: 200,
  admin: 403,
};

/** Actions of the team alone: not even an admin acts for it. */
const teamOnly = { ...everyoneLoggedIn(403) };

const contestCells: Cell[] = [
  {
    route: 'GET /contests',
    expect: everyone(200),
    call: async (who) => (await api.call('GET', '/contests', who)).status,
  },
  {
    route: 'GET /contests/{id}',
    expect: everyone(200),
    call: async (who) => (await api.call('GET', `/contests/${(await othersContest()).id}`, who)).status,
  },
  {
    route: 'POST /contests',
    expect: { anonymous: 401, citizen: 403, organizer: 201, venue_staff: 403, reviewer: 403, admin: 201 },
    call: async (who) => (await api.call('POST', '/contests', { ...who, body: contestInput() })).status,
  },
  {
    route: 'PATCH /contests/{id}',
    expect: adminOnly(200),
    call: async (who) =>
      (
        await api.call('PATCH', `/contests/${(await othersContest()).id}`, {
          ...who,
          body: { title: '新名称' },
        })
      ).status,
  },
  {
    route: 'POST /contests/{id}/publish',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('POST', `/contests/${(await othersContest(false)).id}/publish`, who)).status,
  },
  {
    route: 'POST /contests/{id}/eligibility',
    expect: everyone(200),
    call: async (who) =>
      (
        await api.call('POST', `/contests/${(await othersContest()).id}/eligibility`, {
          ...who,
          body: { profile: qualifyingProfile },
        })
      ).status,
  },
  {
    route: 'GET /me/contests',
    expect: organizersAndAdmins(200),
    call: async (who) => (await api.call('GET', '/me/contests', who)).status,
  },
  // Entries: someone else's entry in someone else's contest. Team actions are the team's alone.
  {
    route: 'POST /contests/{id}/entries',
    expect: everyoneLoggedIn(201),
    call: async (who) =>
      (
        await api.call('POST', `/contests/${(await othersContest()).id}/entries`, {
          ...who,
          body: entryInput(),
        })
      ).status,
  },
  {
    route: 'GET /contests/{id}/entries',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('GET', `/contests/${(await othersContest()).id}/entries`, who)).status,
  },
  {
    route: 'GET /me/entries',
    expect: everyoneLoggedIn(200),
    call: async (who) => (await api.call('GET', '/me/entries', who)).status,
  },
  {
    route: 'GET /contests/{id}/entries/{entryId}',
    expect: adminOnly(200),
    call: async (who) => {
      const { contestId, entry } = await othersEntry();
      return (await api.call('GET', `/contests/${contestId}/entries/${entry.id}`, who)).status;
    },
  },
  {
    route: 'PATCH /contests/{id}/entries/{entryId}',
    expect: teamOnly,
    call: async (who) => {
      const { contestId, entry } = await othersEntry();
      return (
        await api.call('PATCH', `/contests/${contestId}/entries/${entry.id}`, {
          ...who,
          body: { version: entry.version, summary: '改写' },
        })
      ).status;
    },
  },
  {
    route: 'POST /contests/{id}/join',
    expect: everyoneLoggedIn(200),
    call: async (who) => {
      const { contestId, entry } = await othersEntry();
      return (
        await api.call('POST', `/contests/${contestId}/join`, { ...who, body: { joinCode: entry.joinCode } })
      ).status;
    },
  },
  {
    route: 'POST /contests/{id}/entries/{entryId}/join-code',
    expect: teamOnly,
    call: async (who) => {
      const { contestId, entry } = await othersEntry();
      return (await api.call('POST', `/contests/${contestId}/entries/${entry.id}/join-code`, who)).status;
    },
  },
  {
    route: 'DELETE /contests/{id}/entries/{entryId}/members/{userId}',
    expect: teamOnly,
    call: async (who) => {
      const { contestId, entry } = await othersEntry();
      const mate = await actor('citizen');
      await api.call('POST', `/contests/${contestId}/join`, { ...mate, body: { joinCode: entry.joinCode } });
      return (await api.call('DELETE', `/contests/${contestId}/entries/${entry.id}/members/${mate.id}`, who))
        .status;
    },
  },
  {
    route: 'POST /contests/{id}/entries/{entryId}/submit',
    expect: teamOnly,
    call: async (who) => {
      const { contestId, entry } = await othersEntry();
      return (await api.call('POST', `/contests/${contestId}/entries/${entry.id}/submit`, who)).status;
    },
  },
  {
    route: 'POST /contests/{id}/entries/{entryId}/withdraw',
    expect: teamOnly,
    call: async (who) => {
      const { contestId, entry } = await othersEntry();
      return (await api.call('POST', `/contests/${contestId}/entries/${entry.id}/withdraw`, who)).status;
    },
  },
  {
    route: 'POST /contests/{id}/entries/{entryId}/plan/upload',
    expect: teamOnly,
    call: async (who) => {
      const { contestId, entry } = await othersEntry();
      return (
        await api.call('POST', `/contests/${contestId}/entries/${entry.id}/plan/upload`, {
          ...who,
          body: { fileName: 'a.pdf', contentType: 'application/pdf', size: 100 },
        })
      ).status;
    },
  },
  {
    route: 'POST /contests/{id}/entries/{entryId}/plan',
    expect: teamOnly,
    call: async (who) => {
      const { contestId, entry } = await othersEntry();
      const key = `uploads/${contestId}/${entry.id}/${entry.id}`;
      return (
        await api.call('POST', `/contests/${contestId}/entries/${entry.id}/plan`, { ...who, body: { key } })
      ).status;
    },
  },
  {
    route: 'GET /contests/{id}/entries/{entryId}/plan',
    expect: adminOnly(200),
    call: async (who) => {
      const { contestId, entry, leader } = await othersEntry();
      const base = `/contests/${contestId}/entries/${entry.id}`;
      expect((await uploadPlan(api, leader.token, base, pdfBytes())).confirm.status).toBe(200);
      return (await api.call('GET', `${base}/plan`, who)).status;
    },
  },
  // Review: managing it is the contest organiser's (or an admin's); scoring is the assigned reviewer's.
  {
    route: 'PUT /contests/{id}/reviewers',
    expect: adminOnly(200),
    call: async (who) =>
      (
        await api.call('PUT', `/contests/${(await othersContest()).id}/reviewers`, {
          ...who,
          body: { reviewers: [] },
        })
      ).status,
  },
  {
    route: 'GET /contests/{id}/reviewers',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('GET', `/contests/${(await othersContest()).id}/reviewers`, who)).status,
  },
  {
    route: 'GET /me/reviews',
    expect: reviewersOnly,
    call: async (who) => (await api.call('GET', '/me/reviews', who)).status,
  },
  {
    // The organiser assigns the caller to the entry's track; only a reviewer can be assigned.
    route: 'PUT /contests/{id}/entries/{entryId}/scores/me',
    expect: reviewersOnly,
    call: async (who) => {
      const { contestId, entry, organizer, base } = await othersSubmittedEntry();
      if (who.id)
        await api.call('PUT', `/contests/${contestId}/reviewers`, {
          token: organizer.token,
          body: { reviewers: [{ userId: who.id, trackIds: [entry.trackId] }] },
        });
      const scores = { innovation: 4, market: 4, team: 4 };
      return (await api.call('PUT', `${base}/scores/me`, { ...who, body: { round: 1, scores } })).status;
    },
  },
  {
    route: 'GET /contests/{id}/ranking',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('GET', `/contests/${(await othersContest()).id}/ranking?round=1`, who)).status,
  },
  {
    route: 'GET /contests/{id}/ranking.xlsx',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('GET', `/contests/${(await othersContest()).id}/ranking.xlsx?round=1`, who)).status,
  },
  {
    route: 'POST /contests/{id}/rounds/{n}/close',
    expect: adminOnly(200),
    call: async (who) =>
      (await api.call('POST', `/contests/${(await othersContest()).id}/rounds/1/close`, who)).status,
  },
  {
    route: 'POST /contests/{id}/rounds/{n}/advance',
    expect: adminOnly(200),
    call: async (who) => {
      const { contest, organizer } = await publishedContest(api);
      await api.call('POST', `/contests/${contest.id}/rounds/1/close`, organizer);
      return (
        await api.call('POST', `/contests/${contest.id}/rounds/1/advance`, { ...who, body: { entryIds: [] } })
      ).status;
    },
  },
];
matrix.push(...contestCells);

// The bureau's figures against the plan: admins only, whatever else the caller runs.
const statsCells: Cell[] = [
  {
    route: 'GET /stats/overview',
    expect: adminOnly(200),
    call: async (who) => (await api.call('GET', '/stats/overview', who)).status,
  },
  {
    route: 'GET /stats/overview.xlsx',
    expect: adminOnly(200),
    call: async (who) => (await api.call('GET', '/stats/overview.xlsx', who)).status,
  },
  {
    route: 'PUT /stats/indicators/{id}',
    expect: adminOnly(200),
    call: async (who) =>
      (
        await api.call('PUT', '/stats/indicators/rd-intensity', {
          ...who,
          body: { year: 2024, value: 1.2, note: '权限矩阵测试' },
        })
      ).status,
  },
];
matrix.push(...statsCells);

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

  it("checks in by hand at the event's own organiser, not at another organiser's", async () => {
    const { event, organizer } = await publishedEvent(api);
    const guest = await actor('citizen');
    const reg = await api.call('POST', `/events/${event.id}/registrations`, {
      token: guest.token,
      body: signup(1),
    });
    const path = `/events/${event.id}/registrations/${reg.body.id}/checkin`;
    expect((await api.call('POST', path, await actor('organizer'))).status).toBe(403);
    expect((await api.call('POST', path, await actor('venue_staff'))).status).toBe(403);
    expect((await api.call('POST', path, { token: organizer.token })).status).toBe(200);
  });

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

describe('contest relationships', () => {
  it('a member of one entry cannot see or change another entry of the same contest', async () => {
    const { contest } = await publishedContest(api);
    const a = await leaderEntry(api, contest.id);
    const b = await leaderEntry(api, contest.id);
    const mate = await actor('citizen');
    expect(
      (
        await api.call('POST', `/contests/${contest.id}/join`, {
          ...mate,
          body: { joinCode: a.entry.joinCode },
        })
      ).status,
    ).toBe(200);
    const other = `/contests/${contest.id}/entries/${b.entry.id}`;
    expect((await api.call('GET', other, mate)).status).toBe(403);
    expect(
      (await api.call('PATCH', other, { ...mate, body: { version: b.entry.version, summary: 'x' } })).status,
    ).toBe(403);
    expect((await api.call('POST', `${other}/submit`, mate)).status).toBe(403);
    expect((await api.call('DELETE', `${other}/members/${b.leader.user.id}`, mate)).status).toBe(403);
    // A member of the entry, not its leader: edits, but does not lead.
    const own = `/contests/${contest.id}/entries/${a.entry.id}`;
    expect((await api.call('GET', own, mate)).status).toBe(200);
    expect((await api.call('POST', `${own}/withdraw`, mate)).status).toBe(403);
    expect((await api.call('POST', `${own}/join-code`, mate)).status).toBe(403);
  });
  it('a reviewer of another track cannot score or download an entry', async () => {
    const { contestId, entry, organizer, base } = await othersSubmittedEntry();
    const elsewhere = await actor('reviewer');
    const assigned = await api.call('PUT', `/contests/${contestId}/reviewers`, {
      token: organizer.token,
      body: { reviewers: [{ userId: elsewhere.id, trackIds: ['new-energy'] }] },
    });
    expect(assigned.status).toBe(200);
    expect(entry.trackId).toBe('new-materials');
    const scores = { innovation: 4, market: 4, team: 4 };
    expect(
      (await api.call('PUT', `${base}/scores/me`, { ...elsewhere, body: { round: 1, scores } })).status,
    ).toBe(403);
    expect((await api.call('GET', `${base}/plan`, elsewhere)).status).toBe(403);
    expect((await api.call('GET', base, elsewhere)).status).toBe(403);
    expect((await api.call('GET', '/me/reviews', elsewhere)).body.items).toEqual([]);
  });
});
