import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { User } from '@szkc/shared';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { setLocation, setRouterParams } from '../../../../test/taro-double';
import { ok, refused, venue } from '../../../../test/venue-fixtures';
import { wgs84ToGcj02 } from '../../../venues/gcj02';
import AdminVenueEditPage from './index';

const admin: User = { id: 'a1', nickname: '管理员', roles: ['citizen', 'admin'], phoneMasked: null };

const type = (label: string, value: string) => {
  const field = screen.getByText(label).parentElement!;
  fireEvent.change(field.querySelector('input, textarea')!, { target: { value } });
};

describe('编辑场馆 (admin)', () => {
  it('creates a venue with its mode, radius and the location where the admin stands', async () => {
    setLocation({ latitude: 38.87123, longitude: 106.55543, accuracy: 15 });
    const requests = signedInAs(admin, ({ url, method }) =>
      url === 'http://api.test/venues' && method === 'POST' ? ok(venue({ id: 'new1' }), 201) : undefined,
    );
    renderPage(AdminVenueEditPage);
    await screen.findByText('新建场馆');
    type('场馆名称', '宁夏畜牧高科示范基地');
    fireEvent.click(screen.getByText('科普教育基地'));
    fireEvent.click(screen.getByText('平罗县'));
    type('地址', '平罗县姚伏镇');
    fireEvent.click(screen.getByText('我在场馆，用当前位置'));
    // H5 reads the browser's WGS-84 and keeps GCJ-02, as the API wants.
    const here = wgs84ToGcj02(38.87123, 106.55543);
    await waitFor(() => expect(screen.getByDisplayValue(here.lat.toFixed(6))).toBeTruthy());
    type('开放时间', '周一至周五 9:00–16:00');
    type('场馆介绍', '现代畜牧科普基地');
    fireEvent.click(screen.getByText('扫描张贴的二维码并定位'));
    type('打卡范围（米）', '500');
    fireEvent.click(screen.getByText('创建场馆'));

    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/admin/venue-edit/index?id=new1' }),
    );
    expect(requests.find((r) => r.method === 'POST')?.data).toEqual({
      name: '宁夏畜牧高科示范基地',
      kind: 'base',
      district: '640221',
      address: '平罗县姚伏镇',
      location: { lat: Number(here.lat.toFixed(6)), lng: Number(here.lng.toFixed(6)) },
      openingHours: '周一至周五 9:00–16:00',
      description: '现代畜牧科普基地',
      phone: null,
      checkinMode: 'poster',
      radiusM: 500,
    });
  });

  it('checks the radius (50..2000) and required fields before calling the server', async () => {
    const requests = signedInAs(admin);
    renderPage(AdminVenueEditPage);
    await screen.findByText('新建场馆');
    type('打卡范围（米）', '20');
    fireEvent.click(screen.getByText('创建场馆'));
    expect(await screen.findByText('打卡范围应为 50 到 2000 之间的整数（米）')).toBeTruthy();
    expect(screen.getByText('请填写场馆名称')).toBeTruthy();
    expect(screen.getByText('请选择打卡方式')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it("edits an existing venue and shows the server's field messages", async () => {
    setRouterParams({ id: 'v1' });
    const requests = signedInAs(
      admin,
      ({ url, method }) =>
        url === 'http://api.test/venues/v1' && method === 'PATCH'
          ? refused('VALIDATION_FAILED', '填写的内容有误', {
              issues: [{ path: 'phone', message: '电话格式不正确' }],
            })
          : undefined,
      ({ url }) => (url === 'http://api.test/venues/v1' ? ok(venue({ radiusM: 300 })) : undefined),
    );
    renderPage(AdminVenueEditPage);
    expect(await screen.findByDisplayValue('石嘴山科技馆')).toBeTruthy();
    type('电话（可不填）', 'abc');
    fireEvent.click(screen.getByText('保存修改'));
    expect(await screen.findByText('电话格式不正确')).toBeTruthy();
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.data).toMatchObject({ phone: 'abc', radiusM: 300, checkinMode: 'screen' });
  });

  it('names the staff of a venue, and shows why the server refused', async () => {
    setRouterParams({ id: 'v1' });
    let refuse = false;
    const requests = signedInAs(
      admin,
      ({ url, method }) =>
        url === 'http://api.test/venues/v1/staff' && method === 'PUT'
          ? refuse
            ? refused('VALIDATION_FAILED', '用户 01JX 没有场馆工作人员角色')
            : ok({ venueId: 'v1', userIds: ['01JA', '01JB'] })
          : undefined,
      ({ url }) => (url === 'http://api.test/venues/v1' ? ok(venue()) : undefined),
    );
    renderPage(AdminVenueEditPage);
    await screen.findByText('本馆工作人员');
    fireEvent.change(screen.getByPlaceholderText('用户编号，如 01JD…'), {
      target: { value: '01JA，01JB\n01JA' },
    });
    fireEvent.click(screen.getByText('保存工作人员'));
    expect(await screen.findByText('已设定 2 位工作人员')).toBeTruthy();
    expect(requests.find((r) => r.method === 'PUT')?.data).toEqual({ userIds: ['01JA', '01JB'] });

    refuse = true;
    fireEvent.click(screen.getByText('保存工作人员'));
    expect(await screen.findByText('用户 01JX 没有场馆工作人员角色')).toBeTruthy();
  });
});
