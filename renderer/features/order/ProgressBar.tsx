/** A thick progress bar with its numbers for assistive technology; full turns green. */
export function ProgressBar(props: { value: number; max: number; label: string }) {
  const { value, max, label } = props;
  const share = max > 0 ? Math.min(1, value / max) : 1;
  return (
    <div
      className={`progress${share >= 1 ? ' progress-full' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
    >
      <div className="progress-fill" style={{ width: `${share * 100}%` }} />
    </div>
  );
}
