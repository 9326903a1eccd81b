import { ScrollView, Text, View } from '@tarojs/components';
import { districtCodes, districtNames, type DistrictCode } from '@szkc/shared';
import { venueKindNames, venueKinds, type VenueKind } from '../../venues/schemas';
import { Tap } from '../../components/Tap';

export interface VenueFilterValues {
  district: DistrictCode | '';
  kind: VenueKind | '';
}

export const noVenueFilters: VenueFilterValues = { district: '', kind: '' };

interface ChipRowProps<T extends string> {
  label: string;
  options: Array<{ value: T; text: string }>;
  value: T;
  onChange: (value: T) => void;
}

function ChipRow<T extends string>({ label, options, value, onChange }: ChipRowProps<T>) {
  return (
    <View className="vn-filter-row">
      <Text className="vn-filter-label">{label}</Text>
      <ScrollView className="vn-chips" scrollX enhanced showScrollbar={false}>
        {options.map((option) => (
          <Tap
            key={option.value || 'all'}
            className={option.value === value ? 'vn-chip vn-chip-active' : 'vn-chip'}
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

export function VenueFilters({
  value,
  onChange,
}: {
  value: VenueFilterValues;
  onChange: (next: VenueFilterValues) => void;
}) {
  return (
    <View className="vn-filters">
      <ChipRow<VenueFilterValues['district']>
        label="地区"
        value={value.district}
        options={[
          { value: '', text: '全部' },
          ...districtCodes.map((code) => ({ value: code, text: districtNames[code] })),
        ]}
        onChange={(district) => onChange({ ...value, district })}
      />
      <ChipRow<VenueFilterValues['kind']>
        label="类型"
        value={value.kind}
        options={[
          { value: '', text: '全部' },
          ...venueKinds.map((kind) => ({ value: kind, text: venueKindNames[kind] })),
        ]}
        onChange={(kind) => onChange({ ...value, kind })}
      />
    </View>
  );
}
