import type { BadgeLabel } from './check-labels.js';

/** A large badge: symbol and words on a tinted background; the colour only repeats what the words say. */
export function MatchBadge({ label, testId }: { label: BadgeLabel; testId?: string }) {
  return (
    <span className={`check-badge check-badge-${label.tone}`} title={label.explain} data-testid={testId}>
      <span className="check-badge-symbol" aria-hidden="true">
        {label.symbol}
      </span>
      {label.text}
    </span>
  );
}
