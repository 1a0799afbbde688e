// Inline SVG icons (no icon font, no remote content); they take the text colour and are decorative:
// the text next to them says the same. The warning's "!" is white; on a red ground, `.icon-on-danger`.

export function ClockIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M12 7v5.5l3.5 2" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

export function WarningIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2.5 1.5 21h21L12 2.5Z" fill="currentColor" />
      <path className="icon-mark" d="M12 9v5.5" strokeWidth="2.5" strokeLinecap="round" />
      <circle className="icon-mark-dot" cx="12" cy="17.8" r="1.4" />
    </svg>
  );
}
