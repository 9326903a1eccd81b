import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { pageUrl, tabPages } from '@szkc/shared';
import { useEffect, useRef, useState } from 'react';

declare global {
  interface Window {
    /** What Taro's H5 entry keeps of app.config: each page's path and its page config. */
    __taroAppConfig?: { routes?: Array<{ path: string; navigationBarTitleText?: string }> };
  }
}

const tabPaths = new Set<string>(Object.values(tabPages));

/** `pages/events/detail/index` from the router's `/pages/events/detail/index?id=…`. */
const pagePath = (routerPath: string) => routerPath.replace(/^\/+/, '').split('?')[0] ?? '';

const configuredTitle = (path: string) =>
  window.__taroAppConfig?.routes?.find((route) => pagePath(route.path) === path)?.navigationBarTitleText ??
  '';

/**
 * H5 only, on pages other than the tabs: the page's title and a 返回 button, which WeChat's own
 * navigation bar gives every page there. With nothing to go back to (a deep link, a reload) it
 * leads to 首页. The title follows Taro.setNavigationBarTitle (which sets document.title).
 */
export function TitleBar() {
  const path = pagePath(useRouter().path ?? '');
  const [title, setTitle] = useState(() => configuredTitle(path));
  const shown = useRef(true);
  useDidShow(() => void (shown.current = true));
  useDidHide(() => void (shown.current = false));

  useEffect(() => {
    const element = document.querySelector('title');
    if (!element) return;
    const observer = new MutationObserver(() => {
      if (shown.current && document.title) setTitle(document.title);
    });
    observer.observe(element, { childList: true, characterData: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  if (!path || tabPaths.has(path)) return null;
  const hasPrevious = Taro.getCurrentPages().length > 1;
  const back = () => {
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
    else void Taro.switchTab({ url: pageUrl('home') });
  };
  return (
    <View className="title-bar">
      <Button className="title-bar-back" aria-label={hasPrevious ? '返回' : '返回首页'} onClick={back}>
        <Text aria-hidden="true">‹ </Text>返回
      </Button>
      <View className="title-bar-title" role="heading" aria-level={1}>
        {title}
      </View>
    </View>
  );
}
