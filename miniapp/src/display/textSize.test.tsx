import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, screen } from '@testing-library/react';
import { renderPage } from '../../test/render-page';
import { fakeStorage } from '../../test/taro-double';
import MePage from '../pages/me/index';
import { scaleFromFontSizeSetting, scaleOf, setTextSizeChoice, textSizeChoice } from './textSize';

describe('text size (长辈模式)', () => {
  afterEach(() => setTextSizeChoice('system'));

  it('maps WeChat’s fontSizeSetting to a factor between 1 and 1.5', () => {
    expect(scaleFromFontSizeSetting(17)).toBe(1);
    expect(scaleFromFontSizeSetting(14)).toBe(1);
    expect(scaleFromFontSizeSetting(20)).toBe(1.18);
    expect(scaleFromFontSizeSetting(26)).toBe(1.5);
    expect(scaleFromFontSizeSetting(undefined)).toBe(1);
  });

  it('keeps the choice on the device and gives each choice its factor', () => {
    setTextSizeChoice('largest');
    expect(fakeStorage.get('szkc.textSize')).toBe('largest');
    expect(textSizeChoice()).toBe('largest');
    expect(scaleOf('largest')).toBe(1.5);
    expect(scaleOf('standard')).toBe(1);
    // jsdom has no user font preference: following the system is the standard size there.
    expect(scaleOf('system')).toBe(1);
  });

  it('is chosen in 我的, even signed out, and scales the page at once', async () => {
    renderPage(MePage);
    fireEvent.click(await screen.findByText('长辈模式'));
    const root = document.querySelector('.page') as HTMLElement;
    expect(root.getAttribute('style')).toContain('--text-scale: 1.5');
    expect(screen.getByText('长辈模式').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/当前文字为标准大小的 150%/)).toBeTruthy();
    fireEvent.click(screen.getByText('标准'));
    expect(root.getAttribute('style')).toContain('--text-scale: 1');
  });

  it('every font size in the styles follows the factor', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    const fixed = files.flatMap((file) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .filter((line) => /font-size:/.test(line) && !line.includes('var(--text-scale'))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(fixed).toEqual([]);
  });

  it('lets people zoom the H5 page: no user-scalable=no in the viewport', () => {
    const html = readFileSync(path.resolve(import.meta.dirname, '../index.html'), 'utf8');
    const viewport = /<meta name="viewport" content="([^"]*)"/.exec(html)?.[1];
    expect(viewport).toContain('width=device-width');
    expect(viewport).not.toMatch(/user-scalable|maximum-scale/);
  });
});
