import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { Tap } from '../../../components/Tap';
import type { ReactNode } from 'react';

function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <View className="ef-field">
      <Text className="label">{label}</Text>
      {children}
      {hint && <Text className="hint">{hint}</Text>}
      {error && <Text className="error-text">{error}</Text>}
    </View>
  );
}

interface TextProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  maxlength?: number;
  type?: 'text' | 'number' | 'digit';
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  placeholder,
  maxlength = 200,
  type = 'text',
}: TextProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      <Input
        className="input"
        aria-label={label}
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        onInput={(e) => onChange(e.detail.value)}
      />
    </Field>
  );
}

export function LongTextField({ label, value, onChange, error, placeholder }: Omit<TextProps, 'type'>) {
  return (
    <Field label={label} error={error}>
      <Textarea
        className="ef-textarea"
        aria-label={label}
        value={value}
        placeholder={placeholder}
        maxlength={5000}
        onInput={(e) => onChange(e.detail.value)}
      />
    </Field>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T | '';
  options: Array<{ value: T; text: string }>;
  onChange: (value: T) => void;
  error?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, error }: SelectProps<T>) {
  const index = options.findIndex((option) => option.value === value);
  return (
    <Field label={label} error={error}>
      <Picker
        mode="selector"
        range={options.map((option) => option.text)}
        value={Math.max(index, 0)}
        onChange={(e) => {
          const chosen = options[Number(e.detail.value)];
          if (chosen) onChange(chosen.value);
        }}
      >
        <Tap className="ef-picker" label={`${label}：${index >= 0 ? options[index]?.text : '请选择'}`}>
          {index >= 0 ? options[index]?.text : '请选择'} ▾
        </Tap>
      </Picker>
    </Field>
  );
}

interface DateTimeProps {
  label: string;
  value: { date: string; time: string };
  onChange: (value: { date: string; time: string }) => void;
  error?: string;
}

/** A Shanghai date and clock, each with WeChat's own picker. */
export function DateTimeField({ label, value, onChange, error }: DateTimeProps) {
  return (
    <Field label={label} error={error}>
      <View className="ef-datetime">
        <Picker
          mode="date"
          value={value.date}
          onChange={(e) => onChange({ ...value, date: String(e.detail.value) })}
        >
          <Tap className="ef-picker ef-picker-date" label={`${label}日期：${value.date}`}>
            {value.date} ▾
          </Tap>
        </Picker>
        <Picker
          mode="time"
          value={value.time}
          onChange={(e) => onChange({ ...value, time: String(e.detail.value) })}
        >
          <Tap className="ef-picker ef-picker-time" label={`${label}时间：${value.time}`}>
            {value.time} ▾
          </Tap>
        </Picker>
      </View>
    </Field>
  );
}
