import { type ReactNode, useId } from 'react';

export function SettingsCard(props: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="settings-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** A section's inline error (what went wrong, what to do), announced when it appears. */
export function FieldError(props: { message: string | null }) {
  if (!props.message) return null;
  return (
    <p className="field-error" role="alert">
      {props.message}
    </p>
  );
}
