import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { User } from '@szkc/shared';
import { renderPage } from '../../../test/render-page';
import Taro, { answerModals, fakeStorage, setApiHandler, type FakeRequest } from '../../../test/taro-double';
import MePage from './index';

const admin: User = { id: 'u1', nickname: '管理员小王', roles: ['citizen', 'admin'], phoneMasked: null };

function logIn(name: string) {
  fireEvent.change(screen.getByPlaceholderText('例如 zhangsan'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('我的 page', () => {
  it('offers the dev login form with its naming rule when logged out', () => {
    renderPage(MePage);
    expect(screen.getByText('开发登录')).toBeTruthy();
    expect(screen.getByText(/只能使用小写字母、数字、- 和 _/)).toBeTruthy();
    expect(screen.getByText(/admin（管理员）、organizer（活动组织者）/)).toBeTruthy();
    expect(screen.queryByText('微信一键登录')).toBeNull();
  });

  it('logs in with dev:<name> and shows the nickname and roles in Chinese', async () => {
    const requests: FakeRequest[] = [];
    setApiHandler((request) => {
      requests.push(request);
      return { statusCode: 200, data: { token: 'tok-1', user: admin } };
    });
    renderPage(MePage);
    logIn('admin');

    expect(await screen.findByText('管理员小王')).toBeTruthy();
    expect(screen.getByText('市民、管理员')).toBeTruthy();
    expect(screen.getByText('未绑定')).toBeTruthy();
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: 'http://api.test/auth/login',
      data: { code: 'dev:admin' },
    });
    expect(fakeStorage.get('szkc.token')).toBe('tok-1');
  });

  it('checks the name before asking the server', () => {
    renderPage(MePage);
    logIn('Admin!');
    expect(screen.getByText(/名称只能包含小写字母、数字/)).toBeTruthy();
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it("shows the server's message when login fails", async () => {
    setApiHandler(() => ({
      statusCode: 503,
      data: { error: { code: 'UNAVAILABLE', message: '服务暂时繁忙，请稍后重试' } },
    }));
    renderPage(MePage);
    logIn('zhang');
    expect(await screen.findByText('服务暂时繁忙，请稍后重试')).toBeTruthy();
    expect(screen.getByText('开发登录')).toBeTruthy();
  });

  it('says so when the network is down', async () => {
    setApiHandler(() => {
      throw new Error('request:fail');
    });
    renderPage(MePage);
    logIn('zhang');
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy();
  });

  it('restores the session from a stored token with GET /me', async () => {
    fakeStorage.set('szkc.token', 'tok-1');
    setApiHandler((request) => {
      expect(request.header.Authorization).toBe('Bearer tok-1');
      return { statusCode: 200, data: { ...admin, phoneMasked: '138****5678' } };
    });
    renderPage(MePage);
    expect(await screen.findByText('138****5678')).toBeTruthy();
  });

  it('signs out when the stored token is refused', async () => {
    fakeStorage.set('szkc.token', 'expired');
    setApiHandler(() => ({
      statusCode: 401,
      data: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } },
    }));
    renderPage(MePage);
    expect(await screen.findByText('开发登录')).toBeTruthy();
    expect(fakeStorage.has('szkc.token')).toBe(false);
  });

  describe('注销账号', () => {
    const deletions: FakeRequest[] = [];
    function signedIn() {
      deletions.length = 0;
      fakeStorage.set('szkc.token', 'tok-1');
      setApiHandler((request) => {
        if (request.method === 'DELETE') {
          deletions.push(request);
          return { statusCode: 204 };
        }
        return { statusCode: 200, data: admin };
      });
      renderPage(MePage);
    }

    it('asks twice, then deletes the account and signs out', async () => {
      signedIn();
      answerModals(true, true);
      fireEvent.click(await screen.findByRole('button', { name: '注销账号' }));

      expect(await screen.findByText('开发登录')).toBeTruthy();
      expect(Taro.showModal).toHaveBeenCalledTimes(2);
      expect(deletions).toHaveLength(1);
      expect(deletions[0]?.url).toBe('http://api.test/me');
      expect(fakeStorage.has('szkc.token')).toBe(false);
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '账号已注销' }));
    });

    it('keeps the account when the second question is declined', async () => {
      signedIn();
      answerModals(true, false);
      fireEvent.click(await screen.findByRole('button', { name: '注销账号' }));

      await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(2));
      expect(deletions).toHaveLength(0);
      expect(screen.getByText('管理员小王')).toBeTruthy();
    });

    it('keeps the account when the first question is declined', async () => {
      signedIn();
      answerModals(false);
      fireEvent.click(await screen.findByRole('button', { name: '注销账号' }));

      await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
      expect(deletions).toHaveLength(0);
    });
  });
});
