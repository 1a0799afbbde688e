// How often a source is asked, in seconds: one field for Equipme and every shop (Settings). The
// bounds come from the IPC contract; main checks them again.

export interface PollBounds {
  min: number;
  max: number;
}

/** The seconds typed, or null when they are no whole number within the bounds. */
export function pollSeconds(text: string, bounds: PollBounds): number | null {
  const seconds = Number(text);
  return Number.isInteger(seconds) && seconds >= bounds.min && seconds <= bounds.max ? seconds : null;
}

export function PollIntervalField(props: {
  label: string;
  bounds: PollBounds;
  value: string;
  onChange: (text: string) => void;
}) {
  const { label, bounds, value, onChange } = props;
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={bounds.min}
        max={bounds.max}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
