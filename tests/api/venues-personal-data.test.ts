// A person's check-ins in their data export, and their erasure with the account: the venue's
// counts, and their recount from the check-in items, stay right.
import { repairVenueDay, staleAfterMs } from '../../functions/src/venues/repair';
import { client, uniqueName } from '../support/client';
import { startGateway } from '../support/gateway';
import { adminToken, createVenue, fixAt, shanghaiToday } from '../support/venues';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const statsOf = async (venueId: string) =>
  (
    await api.call('GET', `/venues/${venueId}/stats?from=${shanghaiToday()}&to=${shanghaiToday()}`, {
      token: await adminToken(api),
    })
  ).body;

describe('venue check-ins as personal data', () => {
  it('exports the caller’s check-ins, and only theirs, without any location', async () => {
    const [a, b] = [await createVenue(api, { district: '640205' }), await createVenue(api)];
    const me = await api.login(uniqueName('exp'));
    const other = await api.login(uniqueName('exp'));
    for (const venue of [a, b])
      await api.call('POST', `/venues/${venue.id}/checkins`, {
        token: me.token,
        body: { location: fixAt(venue.location) },
      });
    await api.call('POST', `/venues/${a.id}/checkins`, {
      token: other.token,
      body: { location: fixAt(a.location) },
    });
    const exported = await api.call('GET', '/me/export', { token: me.token });
    expect(exported.status).toBe(200);
    expect(exported.body.venueCheckins).toHaveLength(2);
    expect(exported.body.venueCheckins[0]).toEqual({
      checkinId: expect.any(String),
      venueId: a.id,
      venueName: a.name,
      day: shanghaiToday(),
      checkedInAt: expect.any(String),
    });
    const none = await api.call('GET', '/me/export', { token: (await api.login(uniqueName('exp'))).token });
    expect(none.body.venueCheckins).toEqual([]);
  });

  it('erases them with the account while the venue keeps its counts, also after a recount', async () => {
    const venue = await createVenue(api);
    const name = uniqueName('del');
    const me = await api.login(name);
    const stays = await api.login(uniqueName('stay'));
    for (const person of [me, stays]) {
      const reply = await api.call('POST', `/venues/${venue.id}/checkins`, {
        token: person.token,
        body: { location: fixAt(venue.location) },
      });
      expect(reply.status).toBe(201);
    }
    expect(await statsOf(venue.id)).toMatchObject({ visits: 2, firstTimeVisitors: 2 });
    expect((await api.call('DELETE', '/me', { token: me.token })).status).toBe(204);
    expect(await statsOf(venue.id)).toMatchObject({ visits: 2, firstTimeVisitors: 2 });
    const report = await repairVenueDay(venue.id, shanghaiToday(), Date.now() + staleAfterMs);
    expect(report).toMatchObject({ recounted: true, visits: 2, firstTimeVisitors: 2, corrected: null });

    // Nothing left names the person: the same WeChat starts afresh with an empty passport.
    const fresh = await api.login(name);
    expect(fresh.user.id).not.toBe(me.user.id);
    const passport = await api.call('GET', '/me/passport', { token: fresh.token });
    expect(passport.body).toMatchObject({ visits: 0, stamps: [], badges: [] });
    const { documents } = await import('../../functions/src/store/document');
    const { tableNames } = await import('../../functions/src/config');
    const { Items } = await documents.query({
      TableName: tableNames.venues,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `VENUE#${venue.id}` },
    });
    const erased = (Items ?? []).filter((item) => item.erased);
    expect(erased).toHaveLength(1);
    expect(erased[0]).not.toHaveProperty('userId');
    expect(erased[0]).not.toHaveProperty('gsi2pk');
    expect((Items ?? []).filter((item) => String(item.sk).startsWith('VISITOR#'))).toHaveLength(1);
    // The other visitor keeps their check-in.
    expect((await api.call('GET', '/me/passport', { token: stays.token })).body.visits).toBe(1);
  });
});
