// @tarojs/components as plain DOM elements, with Taro's event shapes (e.detail.value).
import type { CSSProperties, KeyboardEvent, PropsWithChildren } from 'react';

interface CommonProps extends PropsWithChildren {
  className?: string;
  onClick?: () => void;
  // Mini-program-only props are accepted and dropped.
  hoverClass?: string;
  userSelect?: boolean;
  // What assistive technology reads: passed through as the browser build does.
  id?: string;
  role?: string;
  tabIndex?: number;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
  [aria: `aria-${string}`]: string | boolean | number | undefined;
}

/** The props a real H5 element carries for assistive technology. */
function a11y(props: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(props).filter(
      ([key]) => key.startsWith('aria-') || ['id', 'role', 'tabIndex', 'onKeyDown'].includes(key),
    ),
  );
}

/** Taro takes a style string ("--text-scale: 1.5"); React wants an object. */
function styleObject(style: string | CSSProperties | undefined) {
  if (!style) return undefined;
  if (typeof style !== 'string') return style;
  return Object.fromEntries(
    style
      .split(';')
      .map((part) => part.split(':').map((s) => s.trim()))
      .filter(([key, value]) => key && value),
  ) as CSSProperties;
}

export function View({
  className,
  onClick,
  children,
  style,
  ...rest
}: CommonProps & { style?: string | CSSProperties }) {
  return (
    <div className={className} onClick={onClick} style={styleObject(style)} {...a11y(rest)}>
      {children}
    </div>
  );
}

export function Text({ className, onClick, children, ...rest }: CommonProps) {
  return (
    <span className={className} onClick={onClick} {...a11y(rest)}>
      {children}
    </span>
  );
}

interface ButtonProps extends CommonProps {
  disabled?: boolean;
  loading?: boolean;
}

export function Button({ className, onClick, disabled, loading, children, ...rest }: ButtonProps) {
  return (
    <button
      type="button"
      className={className}
      disabled={disabled}
      aria-busy={loading}
      onClick={onClick}
      {...a11y(rest)}
    >
      {children}
    </button>
  );
}

interface InputProps {
  className?: string;
  id?: string;
  'aria-labelledby'?: string;
  'aria-label'?: string;
  type?: string;
  value?: string;
  placeholder?: string;
  maxlength?: number;
  onInput?: (event: { detail: { value: string } }) => void;
  onConfirm?: (event: { detail: { value: string } }) => void;
  onBlur?: () => void;
}

export function Input({
  className,
  value,
  placeholder,
  maxlength,
  onInput,
  onConfirm,
  onBlur,
  ...rest
}: InputProps) {
  return (
    <input
      onBlur={() => onBlur?.()}
      className={className}
      {...a11y(rest)}
      value={value}
      placeholder={placeholder}
      maxLength={maxlength}
      onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onConfirm?.({ detail: { value: e.currentTarget.value } });
      }}
    />
  );
}

export function ScrollView({
  className,
  children,
}: CommonProps & { scrollX?: boolean; enhanced?: boolean; showScrollbar?: boolean }) {
  return <div className={className}>{children}</div>;
}

export function Image({ className, src }: { className?: string; src: string; mode?: string }) {
  return <img className={className} src={src} alt="" />;
}

export function Canvas({ className, id }: { className?: string; id?: string; type?: string }) {
  return <canvas className={className} id={id} />;
}

export function Textarea({ className, value, placeholder, onInput }: InputProps) {
  return (
    <textarea
      className={className}
      value={value}
      placeholder={placeholder}
      onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
    />
  );
}

/** A Picker is its children (and the value it would open on); tests change values through the
 *  page's own state instead. */
export function Picker({ children, value }: PropsWithChildren<Record<string, unknown>>) {
  return <div data-picker-value={String(value ?? '')}>{children}</div>;
}
