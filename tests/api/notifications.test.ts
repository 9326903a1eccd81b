// WeChat subscribe messages through the outbox, against a fake WeChat on loopback: 报名成功,
// 候补转正, 活动提醒 and 活动取消 each reach the right person once; failures are retried, never lost.
import { pageLink, toShanghaiIso } from '@szkc/shared';
import { drainOutbox, maxAttempts } from '../../functions/src/notifications/drain';
import { client, uniqueName } from '../support/client';
import { publishedEvent, signup } from '../support/events';
import { startGateway } from '../support/gateway';
import { audit } from '../support/seat-audit';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

type Sent = { touser: string; template_id: string; page: string; data: Record<string, { value: string }> };
const sentTo = async (openid: string): Promise<Sent[]> =>
  ((await (await fetch(`${process.env.WECHAT_API_BASE}/__sent`)).json()) as Sent[]).filter(
    (m) => m.touser === openid,
  );

/** A person who logged in through WeChat, so they have a real openid. */
async function wechatUser(prefix = 'n') {
  const openid = uniqueName(prefix);
  const reply = await api.call('POST', '/auth/login', { body: { code: `ok-${openid}` } });
  return { openid, token: reply.body.token as string, id: reply.body.user.id as string };
}

const hour = 3600_000;

describe('notifications', () => {
  it('sends 报名成功 once after a registration, with the event in the template data', async () => {
    const { event } = await publishedEvent(api, { title: '天文观测夜：认识冬季星空与猎户座' });
    const me = await wechatUser();
    const reg = await api.call('POST', `/events/${event.id}/registrations`, {
      token: me.token,
      body: signup(2),
    });
    expect(reg.status).toBe(201);
    await drainOutbox();
    await drainOutbox();
    const messages = await sentTo(me.openid);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      template_id: 'tpl-signup',
      // The page the server links to is the table’s own (a miniapp test checks it is an app page).
      page: pageLink('eventDetail', { id: event.id }),
    });
    expect(messages[0]!.data.thing1!.value).toBe('天文观测夜：认识冬季星空与猎户座'.slice(0, 20));
    expect(Array.from(messages[0]!.data.thing1!.value).length).toBeLessThanOrEqual(20);
    expect(messages[0]!.data.time2!.value).toMatch(/月.*日/);
    expect((await audit(event.id)).regs[0]!.notices).toBeUndefined();
  });

  it('retries a failed send with backoff until it goes through', async () => {
    const { event } = await publishedEvent(api);
    const me = await wechatUser('flaky');
    await api.call('POST', `/events/${event.id}/registrations`, { token: me.token, body: signup(1) });
    const first = await drainOutbox();
    expect(first.retried).toBeGreaterThanOrEqual(1);
    expect(await sentTo(me.openid)).toHaveLength(0);
    await drainOutbox(); // not due yet: backoff
    expect(await sentTo(me.openid)).toHaveLength(0);
    await drainOutbox(Date.now() + 3 * 60_000);
    await drainOutbox(Date.now() + 10 * 60_000);
    expect(await sentTo(me.openid)).toHaveLength(1);
  });

  it('gives up on people who did not subscribe, without retrying', async () => {
    const { event } = await publishedEvent(api);
    const me = await wechatUser('refuse');
    await api.call('POST', `/events/${event.id}/registrations`, { token: me.token, body: signup(1) });
    await drainOutbox();
    const reg = (await audit(event.id)).regs.find((r) => r.userId === me.id)!;
    expect(reg.notices).toBeUndefined();
    expect(reg.gsi1pk).toBeUndefined();
    expect(maxAttempts).toBeGreaterThan(1);
  });

  it('sends nothing for a registration cancelled before the outbox ran', async () => {
    const { event } = await publishedEvent(api);
    const me = await wechatUser();
    await api.call('POST', `/events/${event.id}/registrations`, { token: me.token, body: signup(1) });
    await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: me.token });
    await drainOutbox();
    expect(await sentTo(me.openid)).toHaveLength(0);
  });

  it('tells a promoted person 候补转正', async () => {
    const { event } = await publishedEvent(api, { capacity: 1, waitlistLimit: 3 });
    const first = await wechatUser();
    const waiting = await wechatUser();
    await api.call('POST', `/events/${event.id}/registrations`, { token: first.token, body: signup(1) });
    expect(
      (await api.call('POST', `/events/${event.id}/registrations`, { token: waiting.token, body: signup(1) }))
        .body.status,
    ).toBe('waitlisted');
    await drainOutbox();
    expect(await sentTo(waiting.openid)).toHaveLength(0);
    await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: first.token });
    await drainOutbox();
    expect((await sentTo(waiting.openid)).map((m) => m.template_id)).toEqual(['tpl-promoted']);
  });

  it('tells everyone registered when the organiser cancels the event', async () => {
    const { event, organizer } = await publishedEvent(api, { capacity: 1, waitlistLimit: 3 });
    const confirmed = await wechatUser();
    const waiting = await wechatUser();
    await api.call('POST', `/events/${event.id}/registrations`, { token: confirmed.token, body: signup(1) });
    await api.call('POST', `/events/${event.id}/registrations`, { token: waiting.token, body: signup(1) });
    await drainOutbox();
    await api.call('POST', `/events/${event.id}/cancel`, { token: organizer.token });
    await drainOutbox(); // fans out
    await drainOutbox(); // sends
    expect((await sentTo(confirmed.openid)).map((m) => m.template_id)).toEqual([
      'tpl-signup',
      'tpl-cancelled',
    ]);
    expect((await sentTo(waiting.openid)).map((m) => m.template_id)).toEqual(['tpl-cancelled']);
    await drainOutbox();
    expect(await sentTo(confirmed.openid)).toHaveLength(2);
  });

  it('reminds confirmed people about 24 hours before the start, once', async () => {
    const start = Date.now() + 24 * hour;
    const { event } = await publishedEvent(api, {
      startAt: toShanghaiIso(start),
      endAt: toShanghaiIso(start + 2 * hour),
      signupClosesAt: toShanghaiIso(start - hour),
    });
    const me = await wechatUser();
    await api.call('POST', `/events/${event.id}/registrations`, { token: me.token, body: signup(1) });
    await drainOutbox();
    await drainOutbox();
    expect((await sentTo(me.openid)).map((m) => m.template_id)).toEqual(['tpl-signup', 'tpl-reminder']);
  });
});
