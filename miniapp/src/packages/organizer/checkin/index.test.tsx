import { fireEvent, screen } from '@testing-library/react';
import type { User } from '@szkc/shared';
import { event, signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { setRouterParams } from '../../../../test/taro-double';
import CheckinPage from './index';

const staff: User = { id: 's1', nickname: '场馆小王', roles: ['citizen', 'venue_staff'], phoneMasked: null };
const checkinUrl = 'http://api.test/events/ev1/checkins';
const entryPlaceholder = '如 K7M4QX，或完整票码';

type Entry = { ticket?: string; code?: string; registrationId?: string };

function desk(answerCheckin: (ticket: string, entry: Entry) => { statusCode: number; data: unknown }) {
  setRouterParams({ eventId: 'ev1' });
  return signedInAs(staff, ({ url, method, data }) => {
    if (url === 'http://api.test/events/ev1') return { statusCode: 200, data: event() };
    if (url === checkinUrl && method === 'POST')
      return answerCheckin((data as Entry).ticket ?? '', data as Entry);
    return undefined;
  });
}

async function typeTicket(ticket: string) {
  fireEvent.change(await screen.findByPlaceholderText(entryPlaceholder), { target: { value: ticket } });
  fireEvent.click(screen.getByText('核验并签到'));
}

const result = (alreadyCheckedIn: boolean) => ({
  statusCode: 200,
  data: {
    registrationId: 'reg1',
    partySize: 3,
    contactName: '李华',
    checkedInAt: '2026-12-05T09:12:00+08:00',
    alreadyCheckedIn,
  },
});

describe('活动签到 page', () => {
  it('shows a green 签到成功 with the party size', async () => {
    const requests = desk(() => result(false));
    renderPage(CheckinPage);
    await typeTicket('  v1.ticket  ');
    expect(await screen.findByText('签到成功 · 3 人')).toBeTruthy();
    expect(screen.getByText('签到成功 · 3 人').closest('.ck-result')?.className).toContain('ck-result-ok');
    expect(screen.getByText('本页已签到 3 人，全场人数见报名名单')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.data).toEqual({ ticket: 'v1.ticket' });
  });

  it('shows an amber notice with the first check-in time on a second scan', async () => {
    desk(() => result(true));
    renderPage(CheckinPage);
    await typeTicket('v1.ticket');
    expect(await screen.findByText('已于 09:12 签到')).toBeTruthy();
    expect(screen.getByText('已于 09:12 签到').closest('.ck-result')?.className).toContain('ck-result-again');
    expect(screen.getByText('本页已签到 0 人，全场人数见报名名单')).toBeTruthy();
  });

  it('shows a red 无效票 with the server message for 422 INVALID_TICKET', async () => {
    desk(() => ({ statusCode: 422, data: { error: { code: 'INVALID_TICKET', message: '入场码无效' } } }));
    renderPage(CheckinPage);
    await typeTicket('forged');
    expect(await screen.findByText('无效票')).toBeTruthy();
    expect(screen.getByText('无效票').closest('.ck-result')?.className).toContain('ck-result-bad');
    expect(screen.getByText(/入场码无效/)).toBeTruthy();
  });

  it('lets venue staff pick an event first, and keeps citizens out', async () => {
    signedInAs(staff, ({ url }) =>
      url.startsWith('http://api.test/events?')
        ? { statusCode: 200, data: { items: [event()], nextCursor: null } }
        : undefined,
    );
    const view = renderPage(CheckinPage);
    fireEvent.click(await screen.findByText('走进石嘴山科技馆：机器人科普讲座'));
    expect(await screen.findByPlaceholderText(entryPlaceholder)).toBeTruthy();
    view.unmount();

    signedInAs({ ...staff, roles: ['citizen'] });
    renderPage(CheckinPage);
    expect(await screen.findByText(/没有此功能的权限/)).toBeTruthy();
  });

  it('checks in by the 6-character code under the QR, typed in lower case', async () => {
    const requests = desk(() => result(false));
    renderPage(CheckinPage);
    await typeTicket(' k7m-4qx ');
    expect(await screen.findByText('签到成功 · 3 人')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.data).toEqual({ code: 'K7M4QX' });
  });

  it('lists the people an ambiguous code names and checks in the one picked', async () => {
    const candidates = [
      {
        registrationId: 'r1',
        partySize: 1,
        contactName: '王芳',
        contactPhoneMasked: '138****1001',
        checkedInAt: null,
      },
      {
        registrationId: 'r2',
        partySize: 3,
        contactName: '李华',
        contactPhoneMasked: '139****2002',
        checkedInAt: null,
      },
    ];
    const requests = desk((_ticket, entry) =>
      entry.registrationId
        ? result(false)
        : {
            statusCode: 409,
            data: {
              error: { code: 'AMBIGUOUS_TICKET_CODE', message: '签到码相同', details: { candidates } },
            },
          },
    );
    renderPage(CheckinPage);
    await typeTicket('K7M4QX');
    expect(await screen.findByText('签到码 K7M4QX 对应 2 位报名者')).toBeTruthy();
    fireEvent.click(screen.getByText(/李华 · 139\*\*\*\*2002 · 3 人/));
    expect(await screen.findByText('签到成功 · 3 人')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.data)).toEqual([
      { code: 'K7M4QX' },
      { code: 'K7M4QX', registrationId: 'r2' },
    ]);
    expect(screen.queryByText('签到码 K7M4QX 对应 2 位报名者')).toBeNull();
  });

  it('asks a signed-out person to log in on 我的', async () => {
    setRouterParams({ eventId: 'ev1' });
    renderPage(CheckinPage);
    expect(await screen.findByText('请先登录')).toBeTruthy();
    fireEvent.click(screen.getByText('去登录'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    expect(screen.queryByPlaceholderText(entryPlaceholder)).toBeNull();
  });
});
