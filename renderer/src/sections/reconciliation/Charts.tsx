import { linePath, niceScale } from './chart-math.js';

export interface Bar {
  label: string;
  value: number;
  /** shown after the bar, e.g. money at risk */
  note?: string;
  /** where a click on the bar goes (the queue filtered to it) */
  href?: string;
}

const LABEL_WIDTH = 180;
const ROW = 24;

/** Horizontal bars with their labels and values; a table in a <desc> would repeat it, so the SVG carries a title. */
export function BarChart({ bars, title, testId, width = 560 }: { bars: Bar[]; title: string; testId: string; width?: number }) {
  if (bars.length === 0) return <p className="recon-muted">Nothing open.</p>;
  const { max } = niceScale(Math.max(...bars.map((bar) => bar.value)));
  const barSpace = width - LABEL_WIDTH - 130;
  const height = bars.length * ROW + 4;
  return (
    <svg className="recon-chart" role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }} data-testid={testId}>
      <title>{title}</title>
      {bars.map((bar, index) => {
        const y = index * ROW + 2;
        const length = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * barSpace);
        const content = (
          <g key={bar.label} data-testid={`${testId}-bar`} data-value={bar.value}>
            <text className="recon-chart-label" x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} textAnchor="end">
              {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
            </text>
            <rect className="recon-chart-bar" x={LABEL_WIDTH} y={y + 3} width={length} height={ROW - 8} rx={2} />
            <text className="recon-chart-value" x={LABEL_WIDTH + length + 6} y={y + ROW / 2 + 4}>
              {bar.value.toLocaleString()}
              {bar.note ? ` · ${bar.note}` : ''}
            </text>
          </g>
        );
        return bar.href ? (
          <a key={bar.label} href={bar.href} className="recon-chart-link">
            {content}
          </a>
        ) : (
          content
        );
      })}
    </svg>
  );
}

/** Vertical bars over a few buckets (aging). */
export function ColumnChart({ bars, title, testId, width = 360, height = 180 }: { bars: Bar[]; title: string; testId: string; width?: number; height?: number }) {
  const { max, ticks } = niceScale(Math.max(0, ...bars.map((bar) => bar.value)));
  const left = 32;
  const bottom = 22;
  const plot = height - bottom - 8;
  const slot = (width - left) / Math.max(1, bars.length);
  return (
    <svg className="recon-chart" role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }} data-testid={testId}>
      <title>{title}</title>
      {ticks.map((tick) => {
        const y = 8 + plot - (tick / max) * plot;
        return (
          <g key={tick}>
            <line className="recon-chart-grid" x1={left} x2={width} y1={y} y2={y} />
            <text className="recon-chart-axis" x={left - 6} y={y + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        );
      })}
      {bars.map((bar, index) => {
        const barHeight = (bar.value / max) * plot;
        const x = left + index * slot + slot * 0.2;
        return (
          <g key={bar.label} data-testid={`${testId}-bar`} data-value={bar.value}>
            <rect className="recon-chart-bar" x={x} y={8 + plot - barHeight} width={slot * 0.6} height={barHeight} rx={2} />
            <text className="recon-chart-axis" x={x + slot * 0.3} y={height - 6} textAnchor="middle">
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Two lines over days (found and resolved), with a legend. */
export function TrendChart({ days, title, testId, width = 560, height = 200 }: { days: { day: string; found: number; resolved: number }[]; title: string; testId: string; width?: number; height?: number }) {
  const { max, ticks } = niceScale(Math.max(0, ...days.flatMap((day) => [day.found, day.resolved])));
  const left = 32;
  const top = 24;
  const bottom = 22;
  const plotWidth = width - left - 8;
  const plotHeight = height - top - bottom;
  const first = days[0]?.day;
  const last = days.at(-1)?.day;
  return (
    <svg className="recon-chart" role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }} data-testid={testId}>
      <title>{title}</title>
      <g className="recon-chart-legend">
        <rect className="recon-chart-found" x={left} y={4} width={12} height={4} />
        <text x={left + 16} y={10}>
          found
        </text>
        <rect className="recon-chart-resolved" x={left + 70} y={4} width={12} height={4} />
        <text x={left + 86} y={10}>
          resolved
        </text>
      </g>
      {ticks.map((tick) => {
        const y = top + plotHeight - (tick / max) * plotHeight;
        return (
          <g key={tick}>
            <line className="recon-chart-grid" x1={left} x2={width - 8} y1={y} y2={y} />
            <text className="recon-chart-axis" x={left - 6} y={y + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${left} ${top})`}>
        <path className="recon-chart-line recon-chart-found-line" d={linePath(days.map((day) => day.found), plotWidth, plotHeight, max)} data-testid={`${testId}-found`} />
        <path className="recon-chart-line recon-chart-resolved-line" d={linePath(days.map((day) => day.resolved), plotWidth, plotHeight, max)} data-testid={`${testId}-resolved`} />
      </g>
      {first && (
        <text className="recon-chart-axis" x={left} y={height - 6}>
          {first}
        </text>
      )}
      {last && (
        <text className="recon-chart-axis" x={width - 8} y={height - 6} textAnchor="end">
          {last}
        </text>
      )}
    </svg>
  );
}
