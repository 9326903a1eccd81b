import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

// 长辈模式 / larger text: one factor every font size in the styles is multiplied by
// (`calc(<size> * var(--text-scale, 1))`), so text grows and layout sizes stay. Kept on this
// device only. "Follow the system" reads the size the platform reports.

export type TextSizeChoice = 'system' | 'standard' | 'large' | 'larger' | 'largest';

export const textSizeChoices: Array<{ key: TextSizeChoice; label: string; scale?: number }> = [
  { key: 'system', label: '跟随系统' },
  { key: 'standard', label: '标准', scale: 1 },
  { key: 'large', label: '大', scale: 1.15 },
  { key: 'larger', label: '特大', scale: 1.3 },
  { key: 'largest', label: '长辈模式', scale: 1.5 },
];

/** The largest factor any setting gives: the pages are checked at 320 px wide with it. */
export const largestTextScale = 1.5;

const key = 'szkc.textSize';

function storedChoice(): TextSizeChoice {
  try {
    const value: unknown = Taro.getStorageSync(key);
    if (textSizeChoices.some((c) => c.key === value)) return value as TextSizeChoice;
  } catch {
    // Storage unavailable: follow the system.
  }
  return 'system';
}

/**
 * The system's text size as a factor. WeChat reports `fontSizeSetting` in px (微信「设置-通用-
 * 字体大小」), 17 at its standard size on the phones we know of (unverified for every client);
 * a browser's default font size (the `medium` keyword) is 16 px unless the person changed it.
 */
export function systemTextScale(): number {
  let factor = 1;
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const info = (Taro.getAppBaseInfo?.() ?? Taro.getSystemInfoSync()) as { fontSizeSetting?: number };
      return scaleFromFontSizeSetting(info.fontSizeSetting);
    } else if (typeof document !== 'undefined' && document.body) {
      const probe = document.createElement('div');
      probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium';
      document.body.appendChild(probe);
      const px = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      if (px > 0) factor = px / 16;
    }
  } catch {
    factor = 1;
  }
  return Math.round(Math.min(largestTextScale, Math.max(1, factor)) * 100) / 100;
}

/** WeChat's `fontSizeSetting` (px) as a factor: 17 px is its standard size. */
export function scaleFromFontSizeSetting(px: number | undefined): number {
  const factor = typeof px === 'number' && px > 0 ? px / 17 : 1;
  return Math.round(Math.min(largestTextScale, Math.max(1, factor)) * 100) / 100;
}

export function scaleOf(choice: TextSizeChoice): number {
  return textSizeChoices.find((c) => c.key === choice)?.scale ?? systemTextScale();
}

let current: TextSizeChoice | undefined;
const listeners = new Set<() => void>();

export function textSizeChoice(): TextSizeChoice {
  return (current ??= storedChoice());
}

export function setTextSizeChoice(choice: TextSizeChoice): void {
  current = choice;
  try {
    Taro.setStorageSync(key, choice);
  } catch {
    // Kept for this session only.
  }
  applyToDocument();
  listeners.forEach((listener) => listener());
}

/** H5: the factor on the root element too, so what is outside a page (modals, toasts) follows. */
export function applyToDocument(): void {
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined')
    document.documentElement.style.setProperty('--text-scale', String(scaleOf(textSizeChoice())));
}

/** The chosen setting and its factor, re-rendering when it changes anywhere. */
export function useTextSize(): { choice: TextSizeChoice; scale: number } {
  const [choice, setChoice] = useState(textSizeChoice);
  useEffect(() => {
    const listener = () => setChoice(textSizeChoice());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return { choice, scale: scaleOf(choice) };
}
