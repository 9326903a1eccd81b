import { Text, View } from '@tarojs/components';
import type { ProfileField } from '@szkc/shared';
import type { FieldErrors, FormValues } from '../../../policies/form-model';
import { isAnswered } from '../../../policies/form-model';
import { formSteps } from '../../../policies/form-steps';
import { Tap } from '../../../components/Tap';

interface StepNavProps {
  current: number;
  values: FormValues;
  errors: FieldErrors;
  needed: ReadonlyMap<ProfileField, string[]>;
  onPick(index: number): void;
}

/** Every step at a glance, with what it still needs: 待填 3 / 有误 / 已填好 / 可跳过. */
export function stepStatus(
  index: number,
  values: FormValues,
  errors: FieldErrors,
  needed: ReadonlyMap<ProfileField, string[]>,
) {
  const fields = formSteps[index]!.fields.map((spec) => spec.field);
  const invalid = fields.filter((field) => errors[field]).length;
  const missing = fields.filter((field) => needed.has(field) && !isAnswered(values, field)).length;
  if (invalid) return { kind: 'invalid', text: `${invalid} 处有误` } as const;
  if (missing) return { kind: 'missing', text: `待填 ${missing} 项` } as const;
  if (fields.some((field) => isAnswered(values, field))) return { kind: 'done', text: '已填好' } as const;
  return { kind: 'skip', text: '可跳过' } as const;
}

export function StepNav({ current, values, errors, needed, onPick }: StepNavProps) {
  return (
    <View className="steps">
      {formSteps.map((step, index) => {
        const status = stepStatus(index, values, errors, needed);
        return (
          <Tap
            key={step.id}
            className={`step step-${status.kind}${index === current ? ' step-current' : ''}`}
            onClick={() => onPick(index)}
          >
            <Text className="step-title">
              {index + 1}. {step.title}
            </Text>
            <Text className="step-status">{status.text}</Text>
          </Tap>
        );
      })}
    </View>
  );
}
