import { ScrollView, Text, View } from '@tarojs/components';
import {
  districtCodes,
  districtNames,
  eventCategories,
  eventCategoryNames,
  type DistrictCode,
  type EventCategory,
} from '@szkc/shared';
import { dateRangeKeys, dateRangeNames, type DateRangeKey } from '../../events/dateRanges';
import { Tap } from '../../components/Tap';

export interface FilterValues {
  district: DistrictCode | '';
  category: EventCategory | '';
  range: DateRangeKey;
}

export const noFilters: FilterValues = { district: '', category: '', range: 'all' };

interface ChipRowProps<T extends string> {
  label: string;
  options: Array<{ value: T; text: string }>;
  value: T;
  onChange: (value: T) => void;
}

function ChipRow<T extends string>({ label, options, value, onChange }: ChipRowProps<T>) {
  return (
    <View className="ev-filter-row">
      <Text className="ev-filter-label">{label}</Text>
      {/* One line that scrolls sideways: eight categories would otherwise take half the screen. */}
      <ScrollView className="ev-chips" scrollX enhanced showScrollbar={false}>
        {options.map((option) => (
          <Tap
            key={option.value || 'all'}
            className={option.value === value ? 'ev-chip ev-chip-active' : 'ev-chip'}
            pressed={option.value === value}
            onClick={() => onChange(option.value)}
          >
            {option.text}
          </Tap>
        ))}
      </ScrollView>
    </View>
  );
}

export function Filters({
  value,
  onChange,
}: {
  value: FilterValues;
  onChange: (next: FilterValues) => void;
}) {
  return (
    <View className="ev-filters">
      <ChipRow<FilterValues['district']>
        label="地区"
        value={value.district}
        options={[
          { value: '', text: '全部' },
          ...districtCodes.map((code) => ({ value: code, text: districtNames[code] })),
        ]}
        onChange={(district) => onChange({ ...value, district })}
      />
      <ChipRow<FilterValues['category']>
        label="类别"
        value={value.category}
        options={[
          { value: '', text: '全部' },
          ...eventCategories.map((category) => ({ value: category, text: eventCategoryNames[category] })),
        ]}
        onChange={(category) => onChange({ ...value, category })}
      />
      <ChipRow<DateRangeKey>
        label="时间"
        value={value.range}
        options={dateRangeKeys.map((key) => ({ value: key, text: dateRangeNames[key] }))}
        onChange={(range) => onChange({ ...value, range })}
      />
    </View>
  );
}
