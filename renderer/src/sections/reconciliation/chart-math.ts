/** The arithmetic of our own SVG charts (no chart library): a round axis maximum with its ticks, and line paths. */

/** The smallest of 1, 2, 2.5, 5 × 10^n at or above `value` (a whole number up to 5), with ticks from 0 up to it. */
export function niceScale(value: number): { max: number; ticks: number[] } {
  if (!Number.isFinite(value) || value <= 0) return { max: 1, ticks: [0, 1] };
  // small counts get whole ticks: a maximum of 3 reads 0, 1, 2, 3 rather than 0 … 5 or 0, 0.5, 1 …
  if (value <= 5) {
    const max = Math.ceil(value);
    return { max, ticks: Array.from({ length: max + 1 }, (_, index) => index) };
  }
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 2.5, 5, 10];
  const factor = steps.find((step) => step * magnitude >= value) ?? 10;
  const max = factor * magnitude;
  const divisions = factor === 2.5 || factor === 5 ? 5 : factor === 1 || factor === 10 ? 5 : 4;
  const step = max / divisions;
  return { max, ticks: Array.from({ length: divisions + 1 }, (_, index) => Math.round(index * step * 1e6) / 1e6) };
}

/** An SVG path through the points, x evenly spaced over `width`, y from `max` at the top to 0 at `height`. */
export function linePath(values: readonly number[], width: number, height: number, max: number): string {
  if (values.length === 0) return '';
  const x = (index: number) => (values.length === 1 ? width / 2 : (index / (values.length - 1)) * width);
  const y = (value: number) => height - (Math.max(0, value) / (max || 1)) * height;
  return values.map((value, index) => `${index === 0 ? 'M' : 'L'}${round(x(index))},${round(y(value))}`).join(' ');
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Sums decimal texts (money) without drifting: in minor units, as the core sums them. */
export function sumMoney(amounts: readonly string[]): number {
  return amounts.reduce((total, amount) => total + Math.round(Number(amount) * 100), 0) / 100;
}
