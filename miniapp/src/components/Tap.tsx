import { View } from '@tarojs/components';
import type { ComponentProps } from 'react';

type ViewProps = ComponentProps<typeof View>;

/**
 * Anything tapped that is not a Taro Button (a card, a chip, a picker's face): a button to
 * assistive technology, with a role, a name (its text, or `label`) and a place in the focus
 * order; Enter and Space press it (components/a11y.ts). Use it instead of a View with onClick.
 */
export function Tap({ label, pressed, ...props }: ViewProps & { label?: string; pressed?: boolean }) {
  return (
    <View
      {...props}
      role="button"
      // Taro's View types have no tabIndex; H5 passes it to the element as it is.
      {...({ tabIndex: 0 } as object)}
      aria-label={label}
      aria-pressed={pressed}
      ariaRole="button"
      ariaLabel={label}
    />
  );
}
