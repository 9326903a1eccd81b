import { fireEvent, screen, waitFor } from '@testing-library/react';
import { citizen, signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { fakeStorage, setApiHandler } from '../../../../test/taro-double';
import MyDataPage from './index';

const exported = { user: { nickname: '市民小李' }, registrations: [] };

describe('我的数据 page', () => {
  it('asks a signed-out person to log in', async () => {
    renderPage(MyDataPage);
    expect(await screen.findByText('请先登录，再查看您的数据')).toBeTruthy();
    fireEvent.click(screen.getByText('去登录'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
  });

  it('shows the export as indented JSON and copies all of it', async () => {
    signedInAs(citizen, ({ url }) =>
      url === 'http://api.test/me/export' ? { statusCode: 200, data: exported } : undefined,
    );
    renderPage(MyDataPage);
    expect(await screen.findByText(/"nickname": "市民小李"/)).toBeTruthy();
    fireEvent.click(screen.getByText('复制全部内容'));
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: JSON.stringify(exported, null, 2) });
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
    await waitFor(() => expect(screen.getByText(/"nickname": "市民小李"/)).toBeTruthy());
  });
});
