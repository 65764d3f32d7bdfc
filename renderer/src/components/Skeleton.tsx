/** A placeholder of the final text's size, so content replaces it without moving anything. Callers set aria-busy. */
export function Skeleton({ width }: { width: string }) {
  return <span className="skeleton" style={{ width }} aria-hidden="true" />;
}
