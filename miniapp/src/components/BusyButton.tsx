import { Button } from '@tarojs/components';
import type { ReactNode } from 'react';

/**
 * A button that says what it is doing while busy and cannot be tapped twice. Taro's `loading`
 * prop breaks re-renders on H5 and `disabled={false}` still greys it, hence this.
 */
export function BusyButton(props: {
  busy: boolean;
  busyText: string;
  kind?: 'primary' | 'secondary' | 'danger';
  /** Disabled also while something else on the page is busy. */
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  const { busy, busyText, kind = 'primary', disabled = busy, onClick, children } = props;
  return (
    <Button
      className={busy ? `btn btn-${kind} btn-busy` : `btn btn-${kind}`}
      disabled={disabled || undefined}
      onClick={onClick}
    >
      {busy ? busyText : children}
    </Button>
  );
}
