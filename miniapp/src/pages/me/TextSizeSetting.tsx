import { Button, Text, View } from '@tarojs/components';
import { setTextSizeChoice, systemTextScale, textSizeChoices, useTextSize } from '../../display/textSize';

/** 字体大小 / 长辈模式: kept on this device; 跟随系统 uses the size the phone or WeChat is set to. */
export function TextSizeSetting() {
  const { choice, scale } = useTextSize();
  return (
    <View className="card">
      <Text className="card-title" id="me-text-size">
        字体大小
      </Text>
      <View className="me-sizes" role="group" aria-labelledby="me-text-size">
        {textSizeChoices.map((option) => (
          <Button
            key={option.key}
            className={choice === option.key ? 'me-size me-size-on' : 'me-size'}
            aria-pressed={choice === option.key}
            onClick={() => setTextSizeChoice(option.key)}
          >
            {option.label}
          </Button>
        ))}
      </View>
      <Text className="hint">
        {choice === 'system'
          ? `正在跟随系统字体大小（当前 ${Math.round(systemTextScale() * 100)}%）。`
          : `当前文字为标准大小的 ${Math.round(scale * 100)}%。`}
        只保存在本机。
      </Text>
    </View>
  );
}
