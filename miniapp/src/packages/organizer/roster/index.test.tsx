import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { RosterRow, User } from '@szkc/shared';
import { event, signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import { answerModals, setRouterParams } from '../../../../test/taro-double';
import RosterPage from './index';

const organizer: User = {
  id: 'o1',
  nickname: '科技馆老刘',
  roles: ['citizen', 'organizer'],
  phoneMasked: null,
};

const row = (overrides: Partial<RosterRow>): RosterRow => ({
  id: 'r1',
  status: 'confirmed',
  partySize: 1,
  contactName: '王芳',
  contactPhoneMasked: '138****1001',
  ticketCode: 'K7M4QX',
  createdAt: '2026-12-01T10:00:00+08:00',
  checkedInAt: null,
  ...overrides,
});

const rows = [
  row({ id: 'r1' }),
  row({
    id: 'r2',
    contactName: '李华',
    contactPhoneMasked: '139****2002',
    ticketCode: 'PQ23ZZ',
    partySize: 3,
  }),
  row({
    id: 'r3',
    contactName: '赵磊',
    contactPhoneMasked: '137****3003',
    ticketCode: 'ABCD23',
    checkedInAt: '2026-12-05T14:23:00+08:00',
  }),
  row({
    id: 'r4',
    status: 'cancelled',
    contactName: '孙丽',
    contactPhoneMasked: '136****4004',
    ticketCode: null,
  }),
];

function roster(answerCheckin: (registrationId: string) => { statusCode: number; data: unknown }) {
  setRouterParams({ id: 'ev1' });
  return signedInAs(organizer, ({ url, method }) => {
    if (url === 'http://api.test/events/ev1') return { statusCode: 200, data: event() };
    if (url.startsWith('http://api.test/events/ev1/registrations?'))
      return { statusCode: 200, data: { items: rows, nextCursor: null } };
    const hand = /^http:\/\/api\.test\/events\/ev1\/registrations\/(\w+)\/checkin$/.exec(url);
    if (hand && method === 'POST') return answerCheckin(hand[1]!);
    return undefined;
  });
}

const names = () => screen.queryAllByText(/^(王芳|李华|赵磊|孙丽)$/).map((n) => n.textContent);
const search = (text: string) =>
  fireEvent.change(screen.getByPlaceholderText('姓名、手机后四位或签到码'), { target: { value: text } });

describe('报名名单 page', () => {
  it('finds people by name, the last four phone digits or the code, and filters by check-in', async () => {
    roster(() => ({ statusCode: 500, data: {} }));
    renderPage(RosterPage);
    expect(await screen.findByText('王芳')).toBeTruthy();
    expect(names()).toEqual(['王芳', '李华', '赵磊', '孙丽']);
    search('李');
    expect(names()).toEqual(['李华']);
    search('3003');
    expect(names()).toEqual(['赵磊']);
    search('pq2');
    expect(names()).toEqual(['李华']);
    search('9999');
    expect(names()).toEqual([]);
    expect(screen.getByText('没有符合条件的报名者')).toBeTruthy();
    search('');
    fireEvent.click(screen.getByText('未签到 2'));
    expect(names()).toEqual(['王芳', '李华']);
    fireEvent.click(screen.getByText('已签到 1'));
    expect(names()).toEqual(['赵磊']);
    expect(screen.getByText('14:23 已签到')).toBeTruthy();
    fireEvent.click(screen.getByText('全部 4'));
    expect(names()).toHaveLength(4);
  });

  it('checks a person in by hand after one question, and marks the row', async () => {
    const requests = roster((id) => ({
      statusCode: 200,
      data: {
        registrationId: id,
        partySize: 3,
        contactName: '李华',
        checkedInAt: '2026-12-05T14:25:00+08:00',
        alreadyCheckedIn: false,
      },
    }));
    renderPage(RosterPage);
    // Only confirmed rows not yet checked in have a 签到 button.
    expect(await screen.findAllByText('签到')).toHaveLength(2);
    answerModals(false);
    fireEvent.click(screen.getByLabelText('为 李华 签到'));
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/checkin'))).toBe(false));
    answerModals(true);
    fireEvent.click(screen.getByLabelText('为 李华 签到'));
    expect(await screen.findByText('签到成功 · 3 人')).toBeTruthy();
    expect(screen.getByText('14:25 已签到')).toBeTruthy();
    expect(screen.queryByLabelText('为 李华 签到')).toBeNull();
    expect(requests.filter((r) => r.url.endsWith('/checkin')).map((r) => r.url)).toEqual([
      'http://api.test/events/ev1/registrations/r2/checkin',
    ]);
  });

  it('says when the person was already checked in elsewhere (已于 14:23 签到)', async () => {
    roster((id) => ({
      statusCode: 200,
      data: {
        registrationId: id,
        partySize: 1,
        contactName: '王芳',
        checkedInAt: '2026-12-05T14:23:00+08:00',
        alreadyCheckedIn: true,
      },
    }));
    renderPage(RosterPage);
    answerModals(true);
    fireEvent.click(await screen.findByLabelText('为 王芳 签到'));
    expect(await screen.findByText('已于 14:23 签到')).toBeTruthy();
    expect(screen.getByText('王芳 · 1 人，请勿重复放行')).toBeTruthy();
  });
});
