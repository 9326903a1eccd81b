import { jest } from '@jest/globals';
import Taro from '../../test/taro-double';
import { scrollToId } from './scrollToId';

const box = (element: HTMLElement, top: number, height: number) => {
  element.getBoundingClientRect = () => ({ top, height, bottom: top + height }) as DOMRect;
  Object.defineProperty(element, 'offsetParent', { value: document.body, configurable: true });
};

afterEach(() => {
  document.body.innerHTML = '';
  process.env.TARO_ENV = 'h5';
});

describe('scrollToId', () => {
  it('on WeChat scrolls by selector: its navigation bar is outside the page', () => {
    process.env.TARO_ENV = 'weapp';
    scrollToId('policy-results');
    expect(Taro.pageScrollTo).toHaveBeenCalledWith({ selector: '#policy-results', duration: 200 });
  });

  it('on H5 puts the element just below the sticky title bar of the page on screen', () => {
    document.body.innerHTML = `
      <div class="taro_page" id="old"><div id="policy-results"></div></div>
      <div class="taro_page" id="now"><div class="title-bar" style="margin-bottom: 12px"></div><div id="policy-results"></div></div>`;
    const page = document.getElementById('now')!;
    box(page, 0, 844);
    page.scrollTop = 100;
    const scrollTo = jest.fn();
    page.scrollTo = scrollTo as typeof page.scrollTo;
    box(page.querySelector('.title-bar')!, 0, 46);
    box(page.querySelector('#policy-results')!, 900, 2000);
    scrollToId('policy-results');
    // 100 scrolled + 900 below the top, less the bar (46) and its gap (12).
    expect(scrollTo).toHaveBeenCalledWith({ top: 942, behavior: 'smooth' });
    expect(Taro.pageScrollTo).not.toHaveBeenCalled();
  });
});
