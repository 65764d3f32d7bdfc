import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart, ColumnChart, TrendChart } from './Charts.js';
import { ReviewDialog } from './ReviewDialog.js';

const widths = (html: string) => [...html.matchAll(/<rect class="recon-chart-bar"[^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));

describe('SVG charts', () => {
  it('draws bars in proportion to their values, each a link when it has one', () => {
    const html = renderToStaticMarkup(<BarChart title="By type" testId="t" bars={[{ label: 'Qty', value: 10, href: '#/reconciliation?type=qty-mismatch', note: '5.00 at risk' }, { label: 'Price', value: 5 }, { label: 'Gap', value: 0 }]} />);
    const [ten, five, zero] = widths(html);
    expect(ten).toBeGreaterThan(0);
    expect(five! / ten!).toBeCloseTo(0.5);
    expect(zero).toBe(0);
    expect(html).toContain('href="#/reconciliation?type=qty-mismatch"');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('5.00 at risk');
    expect(html).toContain('aria-label="By type"');
    expect(renderToStaticMarkup(<BarChart title="x" testId="t" bars={[]} />)).toContain('Nothing open');
  });

  it('draws aging columns on a whole-number axis', () => {
    const html = renderToStaticMarkup(<ColumnChart title="Aging" testId="a" bars={['0-1', '1-3', '3-7', '7-30', '30+'].map((label, index) => ({ label, value: index }))} />);
    expect(html.match(/data-testid="a-bar"/g)).toHaveLength(5);
    expect([...html.matchAll(/text-anchor="end">(\d+)</g)].map((match) => match[1])).toEqual(['0', '1', '2', '3', '4']);
  });

  it('draws the found and resolved lines over the days', () => {
    const days = Array.from({ length: 30 }, (_, index) => ({ day: `2026-11-${String(index + 1).padStart(2, '0')}`, found: index % 3, resolved: index % 2 }));
    const html = renderToStaticMarkup(<TrendChart title="Trend" testId="tr" days={days} />);
    const found = /data-testid="tr-found"/.test(html) ? /d="(M[^"]+)"[^>]*data-testid="tr-found"/.exec(html)?.[1] : undefined;
    expect(found?.split(' ')).toHaveLength(30);
    expect(html).toContain('2026-11-01');
    expect(html).toContain('2026-11-30');
  });
});

describe('review dialog', () => {
  it('offers every reason a person may give, never the system’s data-corrected, and waits for one', () => {
    const html = renderToStaticMarkup(<ReviewDialog kind="resolve" count={3} onSubmit={() => {}} onClose={() => {}} />);
    expect(html.match(/type="radio"/g)).toHaveLength(8);
    expect(html).not.toContain('data-corrected');
    expect(html).toContain('Resolve 3 mismatches');
    expect(/<button type="submit"[^>]*disabled=""/.test(html)).toBe(true);
  });
});
