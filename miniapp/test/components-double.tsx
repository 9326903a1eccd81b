// @tarojs/components as plain DOM elements, with Taro's event shapes (e.detail.value).
import type { PropsWithChildren } from 'react';

interface CommonProps extends PropsWithChildren {
  className?: string;
  onClick?: () => void;
  // Mini-program-only props are accepted and dropped.
  hoverClass?: string;
  userSelect?: boolean;
}

export function View({ className, onClick, children }: CommonProps) {
  return (
    <div className={className} onClick={onClick}>
      {children}
    </div>
  );
}

export function Text({ className, onClick, children }: CommonProps) {
  return (
    <span className={className} onClick={onClick}>
      {children}
    </span>
  );
}

interface ButtonProps extends CommonProps {
  disabled?: boolean;
  loading?: boolean;
}

export function Button({ className, onClick, disabled, loading, children }: ButtonProps) {
  return (
    <button type="button" className={className} disabled={disabled} aria-busy={loading} onClick={onClick}>
      {children}
    </button>
  );
}

interface InputProps {
  className?: string;
  type?: string;
  value?: string;
  placeholder?: string;
  maxlength?: number;
  onInput?: (event: { detail: { value: string } }) => void;
  onConfirm?: (event: { detail: { value: string } }) => void;
}

export function Input({ className, value, placeholder, maxlength, onInput, onConfirm }: InputProps) {
  return (
    <input
      className={className}
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

/** A Picker is its children; tests change values through the page's own state instead. */
export function Picker({ children }: PropsWithChildren<Record<string, unknown>>) {
  return <div>{children}</div>;
}
