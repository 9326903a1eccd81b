import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useTextSize } from '../display/textSize';
import { TitleBar } from './TitleBar';

/**
 * The root of every page: it carries the text-size factor (`--text-scale`) the styles multiply
 * font sizes by. On WeChat a page's tree has no common ancestor to set it on but this. On H5 it
 * also carries the title bar with 返回 that WeChat draws itself.
 */
export function PageRoot({ className, children }: { className?: string; children?: ReactNode }) {
  const { scale } = useTextSize();
  return (
    <View className={className} style={`--text-scale: ${scale}`}>
      {process.env.TARO_ENV === 'h5' && <TitleBar />}
      {children}
    </View>
  );
}
