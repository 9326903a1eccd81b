import { SignJWT } from 'jose';
import { startGateway } from '../support/gateway';
import { client, uniqueName } from '../support/client';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const sign = (
  claims: { sub?: string; iss?: string; aud?: string; exp?: number },
  secret = process.env.JWT_SECRET!,
) => {
  let jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (claims.sub) jwt = jwt.setSubject(claims.sub);
  jwt = jwt.setIssuer(claims.iss ?? 'szkc-api').setAudience(claims.aud ?? 'szkc-miniapp');
  jwt = jwt.setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 600);
  return jwt.sign(new TextEncoder().encode(secret));
};

describe('dev login', () => {
  it('creates the user on first use and returns the same user afterwards', async () => {
    const name = uniqueName('alice');
    const first = await api.login(name);
    expect(first.user).toEqual({
      id: expect.stringMatching(/^[0-9A-Z]{26}$/),
      nickname: name,
      roles: ['citizen'],
      phoneMasked: null,
    });
    const again = await api.login(name);
    expect(again.user.id).toBe(first.user.id);
    const me = await api.call('GET', '/me', { token: again.token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(first.user);
  });

  it('makes exactly one account when the same person logs in from many phones at once', async () => {
    const name = uniqueName('rush');
    const replies = await Promise.all(
      Array.from({ length: 25 }, () => api.call('POST', '/auth/login', { body: { code: `dev:${name}` } })),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(25).fill(200));
    expect(new Set(replies.map((r) => r.body.user.id)).size).toBe(1);
  });

  it('rejects names outside the allowed pattern with a 422 on the code field', async () => {
    for (const code of ['dev:', 'dev:Alice', 'dev:a b', `dev:${'x'.repeat(33)}`, 'dev:../etc']) {
      const reply = await api.call('POST', '/auth/login', { body: { code } });
      expect(reply.status, code).toBe(422);
      expect(reply.body.error.code).toBe('VALIDATION_FAILED');
      expect(reply.body.error.details.issues[0].path).toBe('code');
    }
  });

  it('logs in the seeded admin with the admin role', async () => {
    const { user } = await api.login('admin');
    expect(user.roles).toContain('admin');
  });
});

describe('tokens', () => {
  it('answers 401 UNAUTHENTICATED without a token, with a malformed, forged, expired or foreign token', async () => {
    const { user } = await api.login(uniqueName('tok'));
    const cases: Array<[string, Record<string, string>]> = [
      ['none', {}],
      ['not bearer', { authorization: 'Basic abc' }],
      ['garbage', { authorization: 'Bearer abc.def.ghi' }],
      [
        'other secret',
        { authorization: `Bearer ${await sign({ sub: user.id }, 'another-secret-another-secret!!')}` },
      ],
      [
        'expired',
        { authorization: `Bearer ${await sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) - 10 })}` },
      ],
      ['wrong audience', { authorization: `Bearer ${await sign({ sub: user.id, aud: 'someone-else' })}` }],
      ['wrong issuer', { authorization: `Bearer ${await sign({ sub: user.id, iss: 'someone-else' })}` }],
      ['no subject', { authorization: `Bearer ${await sign({})}` }],
    ];
    for (const [label, headers] of cases) {
      const reply = await api.call('GET', '/me', { headers });
      expect(reply.status, label).toBe(401);
      expect(reply.body.error.code, label).toBe('UNAUTHENTICATED');
      expect(reply.body.error.message, label).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('rejects an alg=none token', async () => {
    const { user } = await api.login(uniqueName('none'));
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const forged = `${part({ alg: 'none' })}.${part({ sub: user.id, iss: 'szkc-api', aud: 'szkc-miniapp', exp: 9999999999 })}.`;
    const reply = await api.call('GET', '/me', { token: forged });
    expect(reply.status).toBe(401);
  });
});

describe('personal data', () => {
  it('exports everything held about the caller', async () => {
    const name = uniqueName('exp');
    const { token, user } = await api.login(name);
    const reply = await api.call('GET', '/me/export', { token });
    expect(reply.status).toBe(200);
    expect(reply.body.user).toMatchObject({ id: user.id, nickname: name, roles: ['citizen'], phone: null });
    expect(Date.parse(reply.body.exportedAt)).not.toBeNaN();
    expect(JSON.stringify(reply.body)).not.toContain('openid');
  });

  it('deletes the account: the token stops working and a new login starts a new account', async () => {
    const name = uniqueName('del');
    const { token, user } = await api.login(name);
    const deleted = await api.call('DELETE', '/me', { token });
    expect(deleted.status).toBe(204);
    expect((await api.call('GET', '/me', { token })).status).toBe(401);
    expect((await api.call('GET', '/me/export', { token })).status).toBe(401);
    expect((await api.call('DELETE', '/me', { token })).status).toBe(401);
    const fresh = await api.login(name);
    expect(fresh.user.id).not.toBe(user.id);
  });
});

describe('roles', () => {
  it('lets an admin grant roles, which count at once, and always keeps citizen', async () => {
    const admin = await api.login('admin');
    const target = await api.login(uniqueName('grant'));
    const reply = await api.call('PUT', `/users/${target.user.id}/roles`, {
      token: admin.token,
      body: { roles: ['organizer'] },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.roles.sort()).toEqual(['citizen', 'organizer']);
    const me = await api.call('GET', '/me', { token: target.token });
    expect(me.body.roles.sort()).toEqual(['citizen', 'organizer']);
  });

  it('does not let an admin remove their own admin role', async () => {
    const adminName = uniqueName('adm');
    const root = await api.login('admin');
    const admin = await api.login(adminName);
    await api.call('PUT', `/users/${admin.user.id}/roles`, { token: root.token, body: { roles: ['admin'] } });
    const reply = await api.call('PUT', `/users/${admin.user.id}/roles`, {
      token: admin.token,
      body: { roles: ['citizen'] },
    });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('CONFLICT');
  });

  it('validates the role list and the user id', async () => {
    const admin = await api.login('admin');
    const target = await api.login(uniqueName('val'));
    const bad: unknown[] = [
      {},
      { roles: [] },
      { roles: ['emperor'] },
      { roles: ['admin', 'admin'] },
      { roles: 'admin' },
      { roles: ['organizer'], extra: 1 },
    ];
    for (const body of bad.slice(0, 5)) {
      const reply = await api.call('PUT', `/users/${target.user.id}/roles`, { token: admin.token, body });
      expect(reply.status, JSON.stringify(body)).toBe(422);
    }
    const notAnId = await api.call('PUT', '/users/not-an-id/roles', {
      token: admin.token,
      body: { roles: ['organizer'] },
    });
    // API.md: an id of the wrong format cannot exist, so it is 404 like an unknown one.
    expect(notAnId.status).toBe(404);
    expect(notAnId.body.error.code).toBe('NOT_FOUND');
    const unknown = await api.call('PUT', '/users/01ARZ3NDEKTSV4RRFFQ69G5FAV/roles', {
      token: admin.token,
      body: { roles: ['organizer'] },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
  });
});
