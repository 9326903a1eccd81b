import { Text, View } from '@tarojs/components';

export interface Choice {
  key: string;
  label: string;
  selected: boolean;
  onPick(): void;
}

/** Big tap targets instead of a switch: a yes/no question can also stay unanswered. */
export function ChoiceChips({ choices }: { choices: Choice[] }) {
  return (
    <View className="chips">
      {choices.map((choice) => (
        <View
          key={choice.key}
          className={choice.selected ? 'chip chip-selected' : 'chip'}
          hoverClass="chip-pressed"
          onClick={choice.onPick}
        >
          <Text>{choice.label}</Text>
        </View>
      ))}
    </View>
  );
}
