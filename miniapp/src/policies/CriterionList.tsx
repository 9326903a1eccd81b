import { Text, View } from '@tarojs/components';
import { profileFieldLabels, type Outcome, type ProfileField } from '@szkc/shared';
import './eligibility.css';
import { Tap } from '../components/Tap';

// How an eligibility answer reads, criterion by criterion: the policy self-test and a contest's
// group check show the engine's results the same way.

const outcomeMarks: Record<Outcome, string> = { pass: '✓', fail: '✗', unknown: '?' };

interface CriterionResult {
  id: string;
  label: string;
  outcome: Outcome;
  detail: string;
}

/** Every criterion with ✓ ✗ ? and its detail; `unverifiedOf` names what is not yet confirmed. */
export function CriterionList({
  criteria,
  unverifiedOf,
}: {
  criteria: readonly CriterionResult[];
  unverifiedOf?: (id: string) => string | null | undefined;
}) {
  return (
    <>
      {criteria.map((criterion) => (
        <View key={criterion.id} className={`criterion criterion-${criterion.outcome}`}>
          <Text className="criterion-mark">{outcomeMarks[criterion.outcome]}</Text>
          <View className="criterion-body">
            <Text className="criterion-label">{criterion.label}</Text>
            <Text className="criterion-detail">{criterion.detail}</Text>
            {unverifiedOf?.(criterion.id) && (
              <Text className="criterion-unverified">待核对：{unverifiedOf(criterion.id)}</Text>
            )}
          </View>
        </View>
      ))}
    </>
  );
}

/** 还需填写: the fields that would settle an undecided verdict, each a chip that asks for it. */
export function MissingFields({
  fields,
  onAsk,
}: {
  fields: readonly ProfileField[];
  onAsk(field: ProfileField): void;
}) {
  if (fields.length === 0) return null;
  return (
    <View className="result-missing">
      <Text className="result-line">还需填写（点击去填）：</Text>
      <View className="chips">
        {fields.map((field) => (
          <Tap key={field} className="chip chip-link" onClick={() => onAsk(field)}>
            <Text>{profileFieldLabels[field]}</Text>
          </Tap>
        ))}
      </View>
    </View>
  );
}
