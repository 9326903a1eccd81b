import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useTextSize } from '../display/textSize';

/**
 * The root of every page: it carries the text-size factor (`--text-scale`) the styles multiply
 * font sizes by. On WeChat a page's tree has no common ancestor to set it on but this.
 */
export function PageRoot({ className, children }: { className?: string; children?: ReactNode }) {
  const { scale } = useTextSize();
  return (
    <View className={className} style={`--text-scale: ${scale}`}>
      {children}
    </View>
  );
}
