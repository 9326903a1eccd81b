import { Text, View } from '@tarojs/components';
import { findPolicy, formatWan, verdictNames, type PolicyEligibility, type ProfileField } from '@szkc/shared';
import { CriterionList, MissingFields } from '../../../policies/CriterionList';
import { unverifiedNote } from '../../../policies/labels';

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
      {result.verdict === 'incomplete' && <MissingFields fields={result.missingFields} onAsk={onAsk} />}
      <CriterionList criteria={result.criteria} unverifiedOf={unverifiedOf} />
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
