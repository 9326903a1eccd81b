import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { citizen, signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { fakeStorage, setApiHandler } from '../../../../test/taro-double';
import MyDataPage from './index';

// What GET /me/export answers (API.md), times in UTC as the server writes them.
const exported = {
  exportedAt: '2026-12-03T02:05:00.000Z',
  user: {
    id: 'U1',
    wechatOpenid: 'dev:xiaoli',
    nickname: '市民小李',
    roles: ['citizen', 'organizer'],
    phone: null,
    createdAt: '2026-11-30T16:30:00.000Z',
    updatedAt: '2026-12-01T01:00:00.000Z',
  },
  enterpriseProfile: {
    profile: {
      name: '石嘴山某科技公司',
      revenueLastYear: 2_500_000,
      hasCoreIp: true,
      certifications: ['tech-sme'],
    },
    updatedAt: '2026-12-01T01:00:00.000Z',
  },
  registrations: [
    {
      registrationId: 'R1',
      eventId: 'E1',
      eventTitle: '科普讲座：人工智能与我们的生活',
      status: 'confirmed',
      partySize: 3,
      contactName: '李华',
      contactPhone: '13812345678',
      createdAt: '2026-12-02T23:50:00.000Z',
      checkedInAt: null,
    },
  ],
  venueCheckins: [],
  contestEntries: [],
  contestReviews: { assignments: [], scores: [] },
};

const section = (title: string) => screen.getByText(title).parentElement as HTMLElement;

describe('我的数据 page', () => {
  it('asks a signed-out person to log in', async () => {
    renderPage(MyDataPage);
    expect(await screen.findByText('请先登录，再查看您的数据')).toBeTruthy();
    fireEvent.click(screen.getByText('去登录'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
  });

  it('shows each part of the export in Chinese with Beijing times, and copies the JSON', async () => {
    signedInAs(citizen, ({ url }) =>
      url === 'http://api.test/me/export' ? { statusCode: 200, data: exported } : undefined,
    );
    renderPage(MyDataPage);
    expect(await screen.findByText('导出时间：2026年12月3日 周四 10:05（北京时间）')).toBeTruthy();
    const account = within(section('账号信息'));
    expect(account.getByText('市民小李')).toBeTruthy();
    expect(account.getByText('市民、活动组织者')).toBeTruthy();
    expect(account.getByText('未绑定')).toBeTruthy();
    // 16:30 UTC on 30 November is half past midnight on 1 December in 石嘴山.
    expect(account.getByText('2026年12月1日 周二 00:30')).toBeTruthy();

    const enterprise = within(section('企业信息'));
    expect(enterprise.getByText('最近一年销售收入')).toBeTruthy();
    expect(enterprise.getByText('250 万元')).toBeTruthy();
    expect(enterprise.getByText('科技型中小企业')).toBeTruthy();
    expect(enterprise.getByText('是')).toBeTruthy();

    const registrations = within(section('活动报名'));
    expect(registrations.getByText('科普讲座：人工智能与我们的生活')).toBeTruthy();
    expect(registrations.getByText('报名成功')).toBeTruthy();
    expect(registrations.getByText('3 人')).toBeTruthy();
    expect(registrations.getByText('2026年12月3日 周四 07:50')).toBeTruthy();
    expect(registrations.getByText('未签到')).toBeTruthy();
    expect(within(section('场馆打卡')).getByText('无')).toBeTruthy();
    expect(screen.queryByText(/"nickname"|wechatOpenid|createdAt/)).toBeNull();

    fireEvent.click(screen.getByText('复制 JSON'));
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: JSON.stringify(exported, null, 2) });
  });

  it('shows a part it does not know yet as it came', async () => {
    signedInAs(citizen, ({ url }) =>
      url === 'http://api.test/me/export'
        ? { statusCode: 200, data: { ...exported, surveys: [{ answer: 'A' }] } }
        : undefined,
    );
    renderPage(MyDataPage);
    expect(await screen.findByText('其他数据（surveys）')).toBeTruthy();
    expect(screen.getByText(/"answer": "A"/)).toBeTruthy();
  });

  it('offers to retry when the stored token could not be checked', async () => {
    fakeStorage.set('szkc.token', 'tok-1');
    let online = false;
    setApiHandler(({ url }) => {
      if (!online) throw new Error('request:fail');
      if (url === 'http://api.test/me') return { statusCode: 200, data: citizen };
      return { statusCode: 200, data: exported };
    });
    renderPage(MyDataPage);
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy();
    expect(screen.queryByText('去登录')).toBeNull();
    online = true;
    fireEvent.click(screen.getByText('重试'));
    await waitFor(() => expect(screen.getByText('市民小李')).toBeTruthy());
  });
});
