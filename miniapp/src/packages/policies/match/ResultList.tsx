import { Text, View } from '@tarojs/components';
import {
  findPolicy,
  formatWan,
  splitCitation,
  verdictNames,
  type PolicyEligibility,
  type ProfileField,
} from '@szkc/shared';
import { useState } from 'react';
import { Tap } from '../../../components/Tap';
import { CriterionList, MissingFields } from '../../../policies/CriterionList';
import { unverifiedNote } from '../../../policies/labels';
import { ApplicationSteps } from '../ApplicationSteps';
import { groupCitations } from './citations';
import { ScoreAdviceList } from './ScoreAdviceList';

interface ResultListProps {
  /** Says which day's rules the results follow: inside the list, so 查看逐项结果 lands on it. */
  title: string;
  results: readonly PolicyEligibility[];
  /** Opens the step that asks for a missing field. */
  onAsk(field: ProfileField): void;
}

type Criteria = PolicyEligibility['criteria'];

/** What fails first, then what is still open, then what is met; each document named once. */
export function arrangeCriteria(criteria: Criteria) {
  const sources: string[] = [];
  const shown = criteria.map((criterion) => {
    const { finding, source } = splitCitation(criterion.detail);
    if (source && !sources.includes(source)) sources.push(source);
    return { ...criterion, detail: finding };
  });
  return {
    open: [...shown.filter((c) => c.outcome === 'fail'), ...shown.filter((c) => c.outcome === 'unknown')],
    passed: shown.filter((c) => c.outcome === 'pass'),
    sources: groupCitations(sources),
  };
}

/** A fold's switch: a button to assistive tech, its state said. */
function FoldSwitch({ open, text, onToggle }: { open: boolean; text: string; onToggle(): void }) {
  return (
    <Tap className="result-fold" aria-expanded={open} onClick={onToggle}>
      <Text>
        {text}
        {open ? '（收起 ▴）' : '（展开 ▾）'}
      </Text>
    </Tap>
  );
}

function ResultCard({ result, onAsk }: { result: PolicyEligibility; onAsk: ResultListProps['onAsk'] }) {
  const policy = findPolicy(result.policyId);
  const verified = policy?.verified ?? false;
  // The same catalogue as the engine: what of each rule is not yet confirmed against its text.
  const unverifiedOf = (id: string) => policy?.criteria.find((c) => c.id === id)?.unverified;
  const { open, passed, sources } = arrangeCriteria(result.criteria);
  const [showPassed, setShowPassed] = useState(false);
  const [showSteps, setShowSteps] = useState(false);
  // Within reach: where to apply is the next step, said at once; the rest folds, as it does for
  // every other policy, so six policies do not run to many screens.
  const eligible = result.verdict === 'eligible';
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
      {result.score !== null && <ScoreAdviceList score={result.score} advice={result.scoreAdvice} />}
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
      <CriterionList criteria={open} unverifiedOf={unverifiedOf} />
      {passed.length > 0 && (
        <View className="result-passed">
          <FoldSwitch
            open={showPassed}
            text={`✓ 已满足 ${passed.length} 项条件`}
            onToggle={() => setShowPassed(!showPassed)}
          />
          {showPassed && <CriterionList criteria={passed} unverifiedOf={unverifiedOf} />}
        </View>
      )}
      {sources.length > 0 && (
        <View className="result-sources">
          <Text className="result-sources-title">依据</Text>
          {sources.map((source) => (
            <Text key={source} className="result-source">
              {source}
            </Text>
          ))}
        </View>
      )}
      {policy && (
        <View className="result-steps">
          {eligible && <Text className="result-steps-title">下一步：怎么申报</Text>}
          {eligible && <ApplicationSteps application={policy.application} only={['channel']} />}
          <FoldSwitch
            open={showSteps}
            text={eligible ? '申报时间、材料和受理部门' : '怎么申报：渠道、时间、材料和受理部门'}
            onToggle={() => setShowSteps(!showSteps)}
          />
          {showSteps && (
            <ApplicationSteps
              application={policy.application}
              only={eligible ? ['timing', 'materials', 'office'] : undefined}
            />
          )}
        </View>
      )}
    </View>
  );
}

/** Each policy: 符合 / 不符合 / 信息不全, what fails first, what is met folded with its count. */
export function ResultList({ title, results, onAsk }: ResultListProps) {
  return (
    <View id="policy-results">
      <Text className="results-title">{title}</Text>
      {results.map((result) => (
        <ResultCard key={result.policyId} result={result} onAsk={onAsk} />
      ))}
    </View>
  );
}
