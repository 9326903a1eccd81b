import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

const windowWidth = () => (Taro.getWindowInfo?.() ?? Taro.getSystemInfoSync()).windowWidth;

/** The window's width in CSS px (WeChat: px), following a resize or a turned phone. */
export function useWindowWidth(): number {
  const [width, setWidth] = useState(windowWidth);
  useEffect(() => {
    // Read again rather than trust the event: Taro's H5 one gives the screen's size, not `size`.
    const listener: Taro.onWindowResize.Callback = () => setWidth(windowWidth());
    Taro.onWindowResize(listener);
    // Taro types off's callback apart from on's; it is the same function.
    return () => Taro.offWindowResize(listener as unknown as Taro.offWindowResize.Callback);
  }, []);
  return width;
}
