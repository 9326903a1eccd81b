import { fireEvent, render, screen } from '@testing-library/react';
import Taro, { setRouterPath } from '../../test/taro-double';
import { PageRoot } from './PageRoot';

beforeEach(() => {
  window.__taroAppConfig = {
    routes: [
      { path: 'pages/events/detail/index', navigationBarTitleText: '活动详情' },
      { path: 'pages/events/index', navigationBarTitleText: '科普活动' },
    ],
  };
});

describe('H5 title bar', () => {
  it("shows the page's title and goes back to the page before", () => {
    setRouterPath('/pages/events/detail/index?id=ev1', 2);
    render(<PageRoot className="page">内容</PageRoot>);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('活动详情');
    fireEvent.click(screen.getByRole('button', { name: '返回' }));
    expect(Taro.navigateBack).toHaveBeenCalled();
  });

  it('leads to 首页 when the page was opened by a link or a reload', () => {
    setRouterPath('/pages/events/detail/index', 1);
    render(<PageRoot className="page">内容</PageRoot>);
    fireEvent.click(screen.getByRole('button', { name: '返回首页' }));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
    expect(Taro.navigateBack).not.toHaveBeenCalled();
  });

  it('follows a title the page sets', async () => {
    setRouterPath('/pages/events/detail/index', 2);
    document.head.innerHTML = '<title>活动详情</title>';
    render(<PageRoot className="page">内容</PageRoot>);
    document.title = '编辑活动';
    expect(await screen.findByRole('heading', { name: '编辑活动' })).toBeTruthy();
  });

  it('is not on the tabs, which have the tab bar', () => {
    setRouterPath('/pages/events/index', 1);
    render(<PageRoot className="page">内容</PageRoot>);
    expect(screen.queryByRole('button', { name: /返回/ })).toBeNull();
  });
});
