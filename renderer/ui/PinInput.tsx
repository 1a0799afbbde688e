// A PIN field: digits on a numeric keypad, never shown, never offered by the browser's autofill.
import { useId } from 'react';

export function PinInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What the PIN is for, under the field. */
  hint?: string;
}) {
  const hintId = useId();
  return (
    <>
      <label className="field">
        <span className="field-label">{props.label}</span>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={props.value}
          aria-describedby={props.hint ? hintId : undefined}
          onChange={(event) => props.onChange(event.target.value)}
        />
      </label>
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
    </>
  );
}
