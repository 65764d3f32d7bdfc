/** Aligns rows of cells into columns (left-aligned, two spaces apart). Widths ignore ANSI colour codes. */
const ANSI = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*m`, 'g');

export function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

export function alignColumns(rows: string[][], indent = ''): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, visibleLength(cell))));
  return rows.map((row) => {
    const cells = row.map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - visibleLength(cell))));
    return `${indent}${cells.join('  ')}`.trimEnd();
  });
}
