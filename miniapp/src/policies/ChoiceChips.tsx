import { Text, View } from '@tarojs/components';
import { Tap } from '../components/Tap';

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
        <Tap
          key={choice.key}
          className={choice.selected ? 'chip chip-selected' : 'chip'}
          pressed={choice.selected}
          hoverClass="chip-pressed"
          onClick={choice.onPick}
        >
          <Text>{choice.label}</Text>
        </Tap>
      ))}
    </View>
  );
}
