// Input that must never be a 500 or slip through (issue 14, items 5 to 8): reversed time ranges,
// tampered cursors, hidden characters in names, the OpenAPI document agreeing with the server, and
// someone else's draft being as absent as a missing id.
import { client } from '../support/client';
import { citizens, eventInput, organizerSession, publishedEvent, signup } from '../support/events';
import { startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const issuePaths = (reply: { body: { error?: { details?: { issues?: { path: string }[] } } } }) =>
  (reply.body?.error?.details?.issues ?? []).map((i) => i.path);

it('GET /events with from after to is a 422 on `to`, not a 500 (item 5)', async () => {
  const reply = await api.call(
    'GET',
    `/events?from=${encodeURIComponent('2026-12-10T00:00:00+08:00')}&to=${encodeURIComponent('2026-12-01T00:00:00+08:00')}`,
  );
  expect(reply.status).toBe(422);
  expect(issuePaths(reply)).toEqual(['to']);
});

describe('cursors are sealed: tampered or forged ones are a 422 (item 6)', () => {
  it('on /events, /me/registrations and /me/events', async () => {
    const organizer = await organizerSession(api);
    const [me] = await citizens(api, 1, 'cur');
    for (let i = 0; i < 3; i++) {
      const created = await api.call('POST', '/events', { token: organizer.token, body: eventInput() });
      await api.call('POST', `/events/${created.body.id}/publish`, { token: organizer.token });
      await api.call('POST', `/events/${created.body.id}/registrations`, {
        token: me!.token,
        body: signup(1),
      });
    }
    const lists = [
      { path: '/events', token: undefined, partition: { gsi1pk: 'PUBLISHED' }, sk: 'gsi1sk' },
      {
        path: '/me/registrations',
        token: me!.token,
        partition: { gsi2pk: `USER#${me!.user.id}` },
        sk: 'gsi2sk',
      },
      {
        path: '/me/events',
        token: organizer.token,
        partition: { gsi2pk: `ORG#${organizer.user.id}` },
        sk: 'gsi2sk',
      },
    ];
    for (const list of lists) {
      const first = await api.call('GET', `${list.path}?limit=1`, { token: list.token });
      expect(first.status).toBe(200);
      const genuine = first.body.nextCursor as string;
      expect(genuine).toEqual(expect.any(String));
      // Opaque: no store key and no id shows through.
      expect(Buffer.from(genuine, 'base64url').toString('latin1')).not.toMatch(/EVENT#|USER#|ORG#|PUBLISHED/);
      expect(
        (await api.call('GET', `${list.path}?limit=1&cursor=${genuine}`, { token: list.token })).status,
      ).toBe(200);
      const flipped = `${genuine.slice(0, 30)}${genuine[30] === 'A' ? 'B' : 'A'}${genuine.slice(31)}`;
      const forged = [
        flipped,
        genuine.slice(0, -1),
        // A valid partition with keys of another shape: the store refused these with a 500.
        b64({ pk: 'EVENT#X', sk: 'META', ...list.partition, [list.sk]: 'x' }),
        b64({ pk: 'EVENT#X', sk: 'REG#Y', ...list.partition, [list.sk]: '~' }),
        `${b64({ ...list.partition })}.AAAA`,
      ];
      for (const cursor of forged) {
        const reply = await api.call('GET', `${list.path}?cursor=${cursor}`, { token: list.token });
        expect({ list: list.path, cursor, status: reply.status }).toEqual({
          list: list.path,
          cursor,
          status: 422,
        });
        expect(issuePaths(reply)).toEqual(['cursor']);
      }
    }
  });
});

describe('one text schema for what people type (item 7)', () => {
  const hostile = {
    'zero-width space': '张\u200b三',
    'zero-width joiner only': '\u200d',
    'right-to-left override': '张三\u202e1234',
    'left-to-right isolate': '\u2066张三\u2069',
    'C1 control': '张\u0085三',
    'C0 control': '张\u0007三',
    'lone high surrogate': '张\ud83d三',
    'lone low surrogate': '张\udc00三',
    'only spaces': '   \u3000 ',
    'a Hangul filler': '\u3164',
    'a byte order mark inside': '张\ufeff三',
  };

  it('contactName refuses hidden characters and blank names with 422, and accepts real names', async () => {
    const { event } = await publishedEvent(api, { capacity: 50 });
    const [me] = await citizens(api, 1, 'txt');
    for (const [what, contactName] of Object.entries(hostile)) {
      const reply = await api.call('POST', `/events/${event.id}/registrations`, {
        token: me!.token,
        body: { ...signup(1), contactName },
      });
      expect({ what, status: reply.status, paths: issuePaths(reply) }).toEqual({
        what,
        status: 422,
        paths: ['contactName'],
      });
      expect(reply.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const ok = await api.call('POST', `/events/${event.id}/registrations`, {
      token: me!.token,
      body: { ...signup(1), contactName: '阿依古丽·买买提 😀' },
    });
    expect(ok.status).toBe(201);
  });

  it('event texts refuse them too', async () => {
    const organizer = await organizerSession(api);
    for (const field of ['title', 'description', 'address', 'venueName']) {
      const reply = await api.call('POST', '/events', {
        token: organizer.token,
        body: eventInput({ [field]: '科技馆\u202e开放日' }),
      });
      expect({ field, status: reply.status, paths: issuePaths(reply) }).toEqual({
        field,
        status: 422,
        paths: [field],
      });
    }
    const multiline = await api.call('POST', '/events', {
      token: organizer.token,
      body: eventInput({ description: '第一行\n第二行\t缩进' }),
    });
    expect(multiline.status).toBe(201);
  });
});

describe('the OpenAPI document agrees with the server (item 8)', () => {
  it('coverUrl pattern, date-time formats, one cursor limit', async () => {
    const doc = (await api.call('GET', '/openapi.json')).body;
    const text = JSON.stringify(doc);
    const patterns = [...text.matchAll(/"pattern":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
    const cover = patterns.find((p: string) => p.startsWith('^https'));
    expect(cover).toBeDefined();
    expect(cover.endsWith('/i')).toBe(false);
    expect(new RegExp(cover).test('https://example.com/a.png')).toBe(true);
    const schemas = doc.components.schemas;
    expect(schemas.EventSummary.properties.startAt.format).toBe('date-time');
    expect(schemas.Registration.properties.createdAt.format).toBe('date-time');
    const cursorLimits = new Set<number>();
    for (const [path, methods] of Object.entries(doc.paths) as [
      string,
      Record<string, { parameters?: any[] }>,
    ][]) {
      for (const operation of Object.values(methods)) {
        for (const parameter of operation.parameters ?? []) {
          if (parameter.name === 'cursor') cursorLimits.add(parameter.schema.maxLength);
          // Event lists filter by instants; venue figures take calendar days (YYYY-MM-DD).
          if (path.startsWith('/events') && (parameter.name === 'from' || parameter.name === 'to'))
            expect(parameter.schema.format).toBe('date-time');
        }
      }
    }
    expect([...cursorLimits]).toEqual([1024]);
    // The server takes what the document allows.
    const long = 'A'.repeat(1000);
    expect(issuePaths(await api.call('GET', `/events?cursor=${long}`))).toEqual(['cursor']);
  });

  it("someone else's draft answers 404, as a missing id does", async () => {
    const owner = await organizerSession(api);
    const other = await organizerSession(api);
    const draft = (await api.call('POST', '/events', { token: owner.token, body: eventInput() })).body;
    for (const [method, path, body] of [
      ['PATCH', `/events/${draft.id}`, { title: '改一下' }],
      ['POST', `/events/${draft.id}/publish`, undefined],
      ['POST', `/events/${draft.id}/cancel`, undefined],
      ['GET', `/events/${draft.id}/registrations`, undefined],
      ['GET', `/events/${draft.id}/registrations.xlsx`, undefined],
      ['GET', `/events/${draft.id}`, undefined],
    ] as const) {
      const reply = await api.call(method, path, { token: other.token, body });
      expect({ method, path, status: reply.status }).toEqual({ method, path, status: 404 });
    }
    expect((await api.call('GET', `/events/${draft.id}`, { token: owner.token })).status).toBe(200);
  });
});
