import { Text, View } from '@tarojs/components';
import { techSmePassScore, type ScoreAdvice } from '@szkc/shared';

/** For a 科小 score below the line: what the next band of each indicator would add. */
export function ScoreAdviceList({ score, advice }: { score: number; advice: readonly ScoreAdvice[] }) {
  if (advice.length === 0) return null;
  const short = techSmePassScore - score;
  return (
    <View className="score-advice">
      <Text className="result-line result-strong">
        {short > 0 ? `还差 ${short} 分。` : '科技人员指标为 0 分，须先让它得分。'}各项指标再升一档可加的分：
      </Text>
      {advice.map((item) => (
        <View key={item.indicator} className="score-advice-item">
          <Text className="score-advice-head">
            {item.label}：{item.points} 分 → {item.nextPoints} 分（+{item.nextPoints - item.points} 分）
          </Text>
          <Text className="score-advice-change">{item.change}</Text>
        </View>
      ))}
    </View>
  );
}
