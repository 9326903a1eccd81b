import { Text, View } from '@tarojs/components';
import type { Indicator } from '@szkc/shared';
import { openPage } from '../../../navigation';
import { formatNumber, progressOf, sourceNames } from '../format';

// The plan's fourteen rows: baseline → latest → 2025 target, with a progress bar, big enough to
// read across a meeting table.

function Figure({
  caption,
  value,
  unit,
  words,
  missing,
  highlight = false,
}: {
  caption: string;
  value: number | null | undefined;
  unit: string;
  /** Shown instead of a number: a target without one (全区前列). */
  words?: string;
  /** Shown instead of a missing number (暂无数据); a dash by default. */
  missing?: string;
  highlight?: boolean;
}) {
  return (
    <View className={highlight ? 'st-fig st-fig-latest' : 'st-fig'}>
      <Text className="st-fig-caption">{caption}</Text>
      {value !== null && value !== undefined ? (
        <View className="st-fig-line">
          <Text className="st-fig-value">{formatNumber(value)}</Text>
          <Text className="st-fig-unit">{unit}</Text>
        </View>
      ) : words ? (
        <Text className="st-fig-words">{words}</Text>
      ) : missing ? (
        <Text className="st-fig-missing">{missing}</Text>
      ) : (
        <Text className="st-fig-none">—</Text>
      )}
    </View>
  );
}

export function IndicatorRow({ indicator }: { indicator: Indicator }) {
  const { baseline, latest, target, unit } = indicator;
  const progress = progressOf(indicator);
  return (
    <View className="st-ind">
      <View className="st-ind-head">
        <Text className="st-ind-label">{indicator.label}</Text>
        {!indicator.platformMeasured && (
          <View
            className="st-report"
            hoverClass="st-report-pressed"
            onClick={() => openPage('statsReport', { id: indicator.id })}
          >
            填报
          </View>
        )}
      </View>
      <View className="st-tags">
        {latest && <Text className={`st-tag st-tag-${latest.source}`}>{sourceNames[latest.source]}</Text>}
        {!indicator.verified && <Text className="st-tag st-tag-unverified">规划数值待核对</Text>}
      </View>
      <View className="st-figs">
        <Figure caption={baseline ? `基期 ${baseline.year}` : '基期'} value={baseline?.value} unit={unit} />
        <Text className="st-arrow">→</Text>
        <Figure
          caption={latest ? (latest.source === 'platform' ? '当前' : `最新 ${latest.year}`) : '最新'}
          value={latest?.value}
          unit={unit}
          missing="暂无数据"
          highlight
        />
        <Text className="st-arrow">→</Text>
        <Figure caption={`目标 ${target.year}`} value={target.value} unit={unit} words={target.text} />
      </View>
      {progress && (
        <View className="st-progress">
          <View className="st-bar" ariaRole="progressbar" ariaLabel={progress.text}>
            <View
              className={progress.ratio >= 1 ? 'st-bar-fill st-bar-done' : 'st-bar-fill'}
              style={{ width: `${Math.max(2, progress.ratio * 100)}%` }}
            />
          </View>
          <Text className="st-progress-text">{progress.text}</Text>
        </View>
      )}
      {latest?.note && <Text className="st-ind-note">{latest.note}</Text>}
    </View>
  );
}

/** Above the rows: how many there are, how many have figures, how many have reached the target. */
export function indicatorTally(indicators: Indicator[]): Array<{ label: string; value: number }> {
  return [
    { label: '规划指标', value: indicators.length },
    { label: '已有数据', value: indicators.filter((i) => i.latest).length },
    { label: '已达目标', value: indicators.filter((i) => progressOf(i)?.ratio === 1).length },
  ];
}
