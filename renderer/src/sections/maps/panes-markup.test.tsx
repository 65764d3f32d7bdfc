import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JSON_LINE_PX } from './JsonLines.js';
import { OutputPane } from './OutputPane.js';
import { segmentOrder, sourceRows, SourcePane } from './SourcePane.js';
import { preview } from './test-data.js';

describe('editor panes markup', () => {
  it('marks unused segments and the ones the selected rule reads, in loop-tree order', () => {
    const source = preview('PO-1').source;
    expect(segmentOrder(source)).toEqual([0, 1, 2, 3, 4]);
    expect(sourceRows(source).map((row) => (row.kind === 'loop' ? `loop ${row.id}` : `${row.index}@${row.depth}`))).toEqual(['0@0', '1@0', 'loop PO1', '2@1', '3@0', '4@0']);
    const html = renderToStaticMarkup(<SourcePane source={source} marked={new Set([1])} selectedSegment={1} onSelectSegment={() => {}} />);
    expect(html).toMatch(/data-tag="CTT" data-used="false"/);
    expect(html).toMatch(/data-tag="BEG" data-used="true" data-marked="true"/);
    expect(html).toMatch(/data-tag="PO1" data-used="true" data-marked="false"/);
    expect(html).toContain('1 unused');
    // The selected segment's elements with their names.
    expect(html).toContain('Purchase Order Number');
    expect(html).toContain('Baseline Item Data');
  });

  it('lists unmapped required fields and issues with their rule and segment, and shows the round trip', () => {
    const result = preview('PO-1', {
      status: 'errors',
      coverage: { unmappedRequired: ['lines[0].quantity.uom'], unusedSegments: [], ruleHits: {} },
      issues: [{ severity: 'error', ruleId: 'line-uom', message: 'required value missing', path: null, segment: { tag: 'PO1', index: 2, offset: 120 } }],
    });
    const html = renderToStaticMarkup(<OutputPane preview={result} error={null} pending={false} ms={87} onIssue={() => {}} />);
    expect(html).toContain('Required fields no rule fills (1)');
    expect(html).toContain('lines[0].quantity.uom');
    expect(html).toContain('rule line-uom · segment PO1 #2');
    expect(html).toMatch(/data-testid="preview-rtt"[^>]*>87 ms</);
    expect(html).toContain('&quot;poNumber&quot;: &quot;PO-1&quot;');
    const long = preview('PO-1', { document: { lines: Array.from({ length: 2000 }, (_, index) => index) } });
    // a long output draws a window of its lines over the full height (JsonLines), not the whole text
    const longHtml = renderToStaticMarkup(<OutputPane preview={long} error={null} pending={false} ms={1} />);
    expect(longHtml).toContain('data-lines="2004"');
    expect(longHtml).toContain(`height:${2004 * JSON_LINE_PX}px`);
    expect(longHtml).toContain('&quot;lines&quot;: [\n    0,\n    1,');
    expect(longHtml).not.toContain('    1999');
    const slow = renderToStaticMarkup(<OutputPane preview={result} error={null} pending={false} ms={240} />);
    expect(slow).toContain('output-rtt-slow');
  });
});
