import { fireEvent, screen } from '@testing-library/react';
import { renderPage } from '../../../test/render-page';
import Taro from '../../../test/taro-double';
import HomePage from './index';

describe('首页', () => {
  it('names the app and the bureau and lists only live services', () => {
    renderPage(HomePage);
    expect(screen.getByText('石嘴山科创')).toBeTruthy();
    expect(screen.getByText('石嘴山市科学技术局')).toBeTruthy();
    expect(screen.getByText('我的账号')).toBeTruthy();
    expect(screen.getByText('科普活动')).toBeTruthy();
    expect(screen.queryByText(/场馆打卡/)).toBeNull();
  });

  it('opens the 活动 tab from the 科普活动 card', () => {
    renderPage(HomePage);
    fireEvent.click(screen.getByText('科普活动'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/events/index' });
  });

  it('opens the 我的 tab from its card', () => {
    renderPage(HomePage);
    fireEvent.click(screen.getByText('我的账号'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
  });

  it('opens the contests subpackage from the 创新大赛 card', () => {
    renderPage(HomePage);
    fireEvent.click(screen.getByText('创新大赛'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/contests/list/index' });
  });
});
