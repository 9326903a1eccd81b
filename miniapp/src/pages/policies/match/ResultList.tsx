import { Text, View } from '@tarojs/components';
import {
  findPolicy,
  formatWan,
  profileFieldLabels,
  verdictNames,
  type PolicyEligibility,
  type ProfileField,
} from '@szkc/shared';
import { unverifiedNote } from '../../../policies/labels';

const outcomeMarks = { pass: '✓', fail: '✗', unknown: '?' } as const;

interface ResultListProps {
  results: readonly PolicyEligibility[];
  /** Opens the step that asks for a missing field. */
  onAsk(field: ProfileField): void;
}

function ResultCard({ result, onAsk }: { result: PolicyEligibility; onAsk: ResultListProps['onAsk'] }) {
  const policy = findPolicy(result.policyId);
  const verified = policy?.verified ?? false;
  // The same catalogue as the engine: what of each rule is not yet confirmed against its text.
  const unverifiedOf = (id: string) => policy?.criteria.find((c) => c.id === id)?.unverified;
  return (
    <View className="card result" id={`result-${result.policyId}`}>
      <View className="result-head">
        <Text className="result-name">{result.name}</Text>
        <Text className={`policy-badge verdict-${result.verdict}`}>{verdictNames[result.verdict]}</Text>
      </View>
      {!verified && <Text className="policy-badge policy-badge-unverified">待核对：{unverifiedNote}</Text>}
      {result.score !== null && (
        <Text className="result-line">
          评价得分：<Text className="result-strong">{result.score} 分</Text>（60 分及以上、且科技人员指标不为
          0 分可入库）
        </Text>
      )}
      {result.benefit && (
        <View className="result-benefit">
          <Text className="result-line">{result.benefit.summary}</Text>
          {result.benefit.estimateYuan !== null && (
            <Text className="result-line">
              估算当年可少缴税款：
              <Text className="result-strong">
                {result.benefit.estimateYuan === 0 ? '0 元' : `约 ${formatWan(result.benefit.estimateYuan)}`}
              </Text>
            </Text>
          )}
        </View>
      )}
      {result.verdict === 'incomplete' && result.missingFields.length > 0 && (
        <View className="result-missing">
          <Text className="result-line">还需填写（点击去填）：</Text>
          <View className="chips">
            {result.missingFields.map((field) => (
              <View key={field} className="chip chip-link" onClick={() => onAsk(field)}>
                <Text>{profileFieldLabels[field]}</Text>
              </View>
            ))}
          </View>
        </View>
      )}
      {result.criteria.map((criterion) => (
        <View key={criterion.id} className={`criterion criterion-${criterion.outcome}`}>
          <Text className="criterion-mark">{outcomeMarks[criterion.outcome]}</Text>
          <View className="criterion-body">
            <Text className="criterion-label">{criterion.label}</Text>
            <Text className="criterion-detail">{criterion.detail}</Text>
            {unverifiedOf(criterion.id) && (
              <Text className="criterion-unverified">待核对：{unverifiedOf(criterion.id)}</Text>
            )}
          </View>
        </View>
      ))}
    </View>
  );
}

/** Each policy: 符合 / 不符合 / 信息不全, then every criterion with ✓ ✗ ? and its detail. */
export function ResultList({ results, onAsk }: ResultListProps) {
  return (
    <View id="policy-results">
      {results.map((result) => (
        <ResultCard key={result.policyId} result={result} onAsk={onAsk} />
      ))}
    </View>
  );
}
