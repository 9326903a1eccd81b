// PUT/GET /me/enterprise: the caller's saved enterprise profile, and its place in the account's
// personal data (export and deletion).
import { creditCodeMessages, creditCodeRequiredMessage } from '@szkc/shared';
import { qualifyingProfile, withCheckCharacter } from '../../shared/src/policies/test-fixtures';
import { client, uniqueName } from '../support/client';
import { startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const shanghaiIso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const save = (token: string | undefined, profile: unknown) =>
  api.call('PUT', '/me/enterprise', { token, body: { profile } });
const fetchMine = (token: string | undefined) => api.call('GET', '/me/enterprise', { token });

describe('saving and reading the enterprise profile', () => {
  it("gives back exactly what was saved, with the time, and moves the bureau's pipeline counts once", async () => {
    const { token } = await api.login(uniqueName('ent'));
    const saved = await save(token, qualifyingProfile);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toEqual({ profile: qualifyingProfile, updatedAt: expect.stringMatching(shanghaiIso) });
    // Account, profile as it was; the pipeline counts move (in flight), the profile is written on
    // condition that it is still the one read, the change leaves flight.
    expect(saved.headers.get('x-store-calls')).toBe(
      'GetItemCommand,GetItemCommand,UpdateItemCommand,PutItemCommand,UpdateItemCommand',
    );
    // Saved again as it is: nothing in the pipeline moves, no counter is written.
    const again = await save(token, qualifyingProfile);
    expect(again.headers.get('x-store-calls')).toBe('GetItemCommand,GetItemCommand,PutItemCommand');

    expect(again.body.profile).toEqual(qualifyingProfile);

    // The profile as last saved: the second save's time (a second later, when the clock ticks).
    const read = await fetchMine(token);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(again.body);
    expect(read.headers.get('x-store-calls')).toBe('GetItemCommand');
  });

  it('replaces the whole profile on a second save, and keeps lists, losses and normalised codes', async () => {
    const { token } = await api.login(uniqueName('ent'));
    expect((await save(token, qualifyingProfile)).status).toBe(200);
    const code = withCheckCharacter('91640205MA77Q8R2W');
    const smaller = {
      creditCode: ` ${code.toLowerCase()} `,
      name: '惠农区某机械厂',
      certifications: [],
      profitLastYear: -250_000,
      employees: 0,
    };
    const reply = await save(token, smaller);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const expected = { ...smaller, creditCode: code };
    expect(reply.body.profile).toEqual(expected);
    expect((await fetchMine(token)).body.profile).toEqual(expected);
  });

  it('answers 404 NOT_FOUND in Chinese before anything is saved', async () => {
    const { token } = await api.login(uniqueName('ent'));
    const reply = await fetchMine(token);
    expect(reply.status).toBe(404);
    expect(reply.body.error).toEqual({ code: 'NOT_FOUND', message: '尚未保存企业信息' });
  });

  it('needs a login', async () => {
    expect((await fetchMine(undefined)).status).toBe(401);
    const reply = await save(undefined, qualifyingProfile);
    expect(reply.status).toBe(401);
    expect(reply.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('keeps one enterprise from another: someone else sees only their own (or nothing)', async () => {
    const mine = await api.login(uniqueName('own'));
    const theirs = await api.login(uniqueName('oth'));
    expect((await save(mine.token, qualifyingProfile)).status).toBe(200);
    const other = await fetchMine(theirs.token);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('NOT_FOUND');
    const theirProfile = { creditCode: withCheckCharacter('91640221MA7XY1234'), name: '平罗县某公司' };
    expect((await save(theirs.token, theirProfile)).status).toBe(200);
    expect((await fetchMine(theirs.token)).body.profile).toEqual(theirProfile);
    expect((await fetchMine(mine.token)).body.profile).toEqual(qualifyingProfile);
  });
});

describe('validation of a saved profile', () => {
  let token: string;
  beforeAll(async () => {
    token = (await api.login(uniqueName('val'))).token;
  });

  it('rejects a wrong check digit with the credit-code message and stores nothing', async () => {
    const reply = await save(token, { ...qualifyingProfile, creditCode: '91640200MA76L0K2X8' });
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    expect(reply.body.error.message).toContain(creditCodeMessages.checkDigit);
    expect(reply.body.error.details.issues).toEqual([
      { path: 'profile.creditCode', message: creditCodeMessages.checkDigit },
    ]);
    expect(reply.headers.get('x-store-calls')).toBe('none');
    expect((await fetchMine(token)).status).toBe(404);
  });

  it('rejects a code of the wrong length or with letters GB 32100 does not use', async () => {
    const short = await save(token, { creditCode: '9164020' });
    expect(short.body.error.details.issues).toEqual([
      { path: 'profile.creditCode', message: creditCodeMessages.length },
    ]);
    const letters = await save(token, { creditCode: '91640200MA76I0K2XO' });
    expect(letters.body.error.details.issues).toEqual([
      { path: 'profile.creditCode', message: creditCodeMessages.characters },
    ]);
  });

  it('requires the credit code, and reports it together with the profile’s other problems', async () => {
    const { creditCode: _omit, ...withoutCode } = qualifyingProfile;
    const reply = await save(token, withoutCode);
    expect(reply.status).toBe(422);
    expect(reply.body.error.details.issues).toEqual([
      { path: 'profile.creditCode', message: creditCodeRequiredMessage },
    ]);
    expect(reply.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    const both = await save(token, { employees: 5, techStaff: 6 });
    expect(both.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'profile.creditCode',
      'profile.techStaff',
    ]);
  });

  it('rejects bad fields, unknown fields and a body without a profile', async () => {
    const code = qualifyingProfile.creditCode;
    const bad: Array<[unknown, string]> = [
      [{ profile: { creditCode: code, revenueLastYear: -5 } }, 'profile.revenueLastYear'],
      [{ profile: { creditCode: code, employees: '12' } }, 'profile.employees'],
      [{ profile: { creditCode: code, provincialRdInstitution: 'yes' } }, 'profile.provincialRdInstitution'],
      [{ profile: { creditCode: code, inFinancingDemandPool: 1 } }, 'profile.inFinancingDemandPool'],
      [{ profile: { creditCode: code, secret: true } }, 'profile'],
      [{ profile: { creditCode: code }, userId: 'someone-else' }, ''],
      [{}, 'profile'],
      [[], ''],
    ];
    for (const [body, path] of bad) {
      const reply = await api.call('PUT', '/me/enterprise', { token, body });
      expect(reply.status, JSON.stringify(body)).toBe(422);
      expect(reply.body.error.details.issues[0].path, JSON.stringify(body)).toBe(path);
    }
  });
});

describe('personal data', () => {
  it('exports the saved profile with the account, and null when there is none', async () => {
    const { token } = await api.login(uniqueName('exp'));
    const none = await api.call('GET', '/me/export', { token });
    expect(none.status).toBe(200);
    expect(none.body.enterpriseProfile).toBeNull();
    const saved = await save(token, qualifyingProfile);
    const reply = await api.call('GET', '/me/export', { token });
    expect(reply.status).toBe(200);
    expect(reply.body.enterpriseProfile).toEqual(saved.body);
    // Account and profile (GetItems); registrations, venue check-ins, contest memberships and
    // review assignments (a Query each), in parallel.
    expect(reply.headers.get('x-store-calls')!.split(',').sort()).toEqual([
      'GetItemCommand',
      'GetItemCommand',
      'QueryCommand',
      'QueryCommand',
      'QueryCommand',
      'QueryCommand',
    ]);
  });

  it('deletes the saved profile with the account: a new login of the same person finds nothing', async () => {
    const name = uniqueName('del');
    const { token, user } = await api.login(name);
    expect((await save(token, qualifyingProfile)).status).toBe(200);
    const deleted = await api.call('DELETE', '/me', { token });
    expect(deleted.status).toBe(204);
    // Account, registrations (none here), enterprise profile (read, pipeline counts down in
    // flight, deleted on condition, out of flight), venue check-ins (none), contest memberships,
    // assignments and scores (none), account items.
    expect(deleted.headers.get('x-store-calls')).toBe(
      'GetItemCommand,QueryCommand,GetItemCommand,UpdateItemCommand,DeleteItemCommand,UpdateItemCommand,QueryCommand,QueryCommand,QueryCommand,QueryCommand,DeleteItemCommand,DeleteItemCommand',
    );
    // The old account's item is gone, not merely unreachable.
    expect((await fetchMine(token)).status).toBe(404);
    // The old token cannot save data for the account that is gone.
    expect((await save(token, qualifyingProfile)).status).toBe(401);
    const fresh = await api.login(name);
    expect(fresh.user.id).not.toBe(user.id);
    expect((await fetchMine(fresh.token)).status).toBe(404);
    expect((await api.call('GET', '/me/export', { token: fresh.token })).body.enterpriseProfile).toBeNull();
  });
});
