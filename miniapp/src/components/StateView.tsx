import { Button, Text, View } from '@tarojs/components';

interface StateViewProps {
  kind: 'loading' | 'empty' | 'error';
  text?: string;
  /** Shown as a 重试 button for errors. */
  onRetry?: () => void;
}

const defaultText = { loading: '正在加载…', empty: '暂无内容', error: '加载失败，请稍后重试' };

/** Loading, empty and error states look the same on every page. */
export function StateView({ kind, text, onRetry }: StateViewProps) {
  return (
    <View className={`state state-${kind}`}>
      <Text className={kind === 'error' ? 'state-text error-text' : 'state-text'}>
        {text ?? defaultText[kind]}
      </Text>
      {kind === 'error' && onRetry && (
        <Button className="btn btn-secondary" onClick={onRetry}>
          重试
        </Button>
      )}
    </View>
  );
}
