import { Button, Text, View } from '@tarojs/components';

interface StateViewProps {
  kind: 'loading' | 'empty' | 'error';
  text?: string;
  /** Shown as a 重试 button for errors. */
  onRetry?: () => void;
  /** A way on instead of 重试, for what reading again cannot fix. */
  action?: { text: string; onClick: () => void };
}

const defaultText = { loading: '正在加载…', empty: '暂无内容', error: '加载失败，请稍后重试' };

/** Loading, empty and error states look the same on every page. */
export function StateView({ kind, text, onRetry, action }: StateViewProps) {
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
      {action && (
        <Button className="btn btn-secondary" onClick={action.onClick}>
          {action.text}
        </Button>
      )}
    </View>
  );
}
