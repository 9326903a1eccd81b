import { Input, Picker, Text, View } from '@tarojs/components';
import {
  certificationNames,
  certificationValues,
  profileFieldLabels,
  shanghaiDate,
  taxCollectionNames,
  taxCollectionValues,
  type Certification,
} from '@szkc/shared';
import { useState } from 'react';
import type { FormValue } from './form-model';
import type { FieldSpec } from './form-steps';
import { regionChoices } from './form-steps';
import { chineseDate } from './labels';
import { groupDigits } from './money';
import { ChoiceChips, type Choice } from './ChoiceChips';
import './eligibility.css';

interface FieldInputProps {
  spec: FieldSpec;
  value: FormValue | undefined;
  error?: string;
  /** The conversion of a 万元 field, shown under it. */
  yuan?: number;
  /** Names of the undecided policies that need this field. */
  neededBy?: string[];
  onChange(value: FormValue | undefined): void;
  onBlur?(): void;
  /** How many years back an empty date picker opens (pickerStartingDate); 5 unless said. */
  dateOpensYearsBack?: number;
}

const text = (value: FormValue | undefined) => (typeof value === 'string' ? value : '');

// WeChat keyboards: `digit` has the decimal point, `number` only digits.
const inputTypes = { money: 'digit', count: 'number', score: 'number' } as const;

/**
 * Where an empty date picker opens: by default five years back, on the first of this month. A
 * firm's registration date is years old, and a picker opening on today would make the person roll
 * the years one by one.
 */
export const pickerStartingDate = (today: string, yearsBack = 5): string =>
  `${Number(today.slice(0, 4)) - yearsBack}${today.slice(4, 7)}-01`;

function RegionInput({ value, onChange }: Pick<FieldInputProps, 'onChange'> & { value: string }) {
  const isDistrict = regionChoices.some((choice) => choice.code === value);
  const [other, setOther] = useState(value !== '' && !isDistrict);
  const choices: Choice[] = [
    ...regionChoices.map((choice) => ({
      key: choice.code,
      label: choice.label,
      selected: !other && value === choice.code,
      onPick: () => {
        setOther(false);
        onChange(value === choice.code ? undefined : choice.code);
      },
    })),
    {
      key: 'other',
      label: '其他地区',
      selected: other,
      onPick: () => {
        setOther(!other);
        onChange(undefined);
      },
    },
  ];
  return (
    <View>
      <ChoiceChips choices={choices} />
      {other && (
        <Input
          className="input"
          type="number"
          maxlength={6}
          value={value}
          placeholder="6 位行政区划代码，如银川市兴庆区 640104"
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
    </View>
  );
}

function CertificationsInput({
  value,
  onChange,
}: Pick<FieldInputProps, 'onChange'> & { value?: readonly Certification[] }) {
  const toggle = (certification: Certification) => {
    const list = value ?? [];
    onChange(
      list.includes(certification) ? list.filter((c) => c !== certification) : [...list, certification],
    );
  };
  const choices: Choice[] = [
    ...certificationValues.map((certification) => ({
      key: certification,
      label: certificationNames[certification],
      selected: value?.includes(certification) ?? false,
      onPick: () => toggle(certification),
    })),
    {
      key: 'none',
      label: '都没有',
      selected: value !== undefined && value.length === 0,
      onPick: () => onChange(value !== undefined && value.length === 0 ? undefined : []),
    },
  ];
  return <ChoiceChips choices={choices} />;
}

function Control({ spec, value, onChange, onBlur, dateOpensYearsBack }: FieldInputProps) {
  const { kind, field } = spec;
  switch (kind) {
    case 'flag':
      return (
        <ChoiceChips
          choices={[true, false].map((answer) => ({
            key: String(answer),
            label: answer ? '是' : '否',
            selected: value === answer,
            onPick: () => onChange(value === answer ? undefined : answer),
          }))}
        />
      );
    case 'tax':
      return (
        <ChoiceChips
          choices={taxCollectionValues.map((method) => ({
            key: method,
            label: taxCollectionNames[method],
            selected: value === method,
            onPick: () => onChange(value === method ? undefined : method),
          }))}
        />
      );
    case 'certifications':
      return (
        <CertificationsInput
          value={Array.isArray(value) ? (value as Certification[]) : undefined}
          onChange={onChange}
        />
      );
    case 'region':
      return <RegionInput value={text(value)} onChange={onChange} />;
    case 'date':
      return (
        <Picker
          mode="date"
          value={text(value) || pickerStartingDate(shanghaiDate(), dateOpensYearsBack)}
          start="1949-10-01"
          end={shanghaiDate()}
          onChange={(e) => onChange(String(e.detail.value))}
        >
          <View className="input field-picker">
            {text(value) ? chineseDate(text(value)) : '点此选择日期'}
          </View>
        </Picker>
      );
    case 'money':
      return (
        <View className="field-money">
          <Input
            className="input field-money-input"
            type={inputTypes.money}
            value={text(value)}
            placeholder="0"
            maxlength={16}
            onInput={(e) => onChange(e.detail.value)}
            onBlur={onBlur}
          />
          <Text className="field-unit">万元</Text>
        </View>
      );
    default:
      return (
        <Input
          className="input"
          type={kind === 'count' || kind === 'score' ? inputTypes[kind] : 'text'}
          value={text(value)}
          placeholder={spec.placeholder ?? `请填写${profileFieldLabels[field]}`}
          maxlength={kind === 'creditCode' ? 18 : kind === 'industry' ? 3 : kind === 'text' ? 100 : 9}
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onBlur}
        />
      );
  }
}

/** One question of the form: label, control, the 万元 conversion, the error, and why it is asked. */
export function FieldInput(props: FieldInputProps) {
  const { spec, error, yuan, neededBy } = props;
  const className = ['field', neededBy ? 'field-needed' : '', error ? 'field-invalid' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <View className={className} id={`field-${spec.field}`}>
      <View className="field-head">
        <Text className="field-label">{profileFieldLabels[spec.field]}</Text>
        {neededBy && <Text className="field-tag">待填</Text>}
      </View>
      <Control {...props} />
      {spec.kind === 'money' && yuan !== undefined && !error && (
        <Text className="field-conversion">折合 {groupDigits(yuan)} 元</Text>
      )}
      {error && <Text className="error-text field-error">{error}</Text>}
      {spec.hint && <Text className="hint">{spec.hint}</Text>}
      {neededBy ? (
        <Text className="field-users">影响：{neededBy.join('、')}</Text>
      ) : (
        spec.purpose && <Text className="field-users">选填，{spec.purpose}</Text>
      )}
    </View>
  );
}
