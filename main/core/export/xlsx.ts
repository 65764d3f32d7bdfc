/**
 * Our own minimal XLSX (Office Open XML SpreadsheetML) writer: one worksheet of inline strings and numbers, a bold
 * header row frozen at the top, column widths from the content. The package is [Content_Types].xml, the package and
 * workbook relationships, the workbook, a style sheet (font 1 bold) and the sheet, zipped by ./zip.ts.
 */
import type { Cell } from './csv.js';
import { zip } from './zip.js';

// XML 1.0 allows tab, LF, CR and #x20 upward (without surrogate halves and U+FFFE/FFFF); anything else is dropped
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 0 → A, 25 → Z, 26 → AA */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

function cellXml(cell: Cell, reference: string, style: number): string {
  const styled = style ? ` s="${style}"` : '';
  if (cell === null || cell === undefined || cell === '') return '';
  if (typeof cell === 'number' && Number.isFinite(cell)) return `<c r="${reference}"${styled}><v>${cell}</v></c>`;
  if (typeof cell === 'boolean') return `<c r="${reference}"${styled} t="b"><v>${cell ? 1 : 0}</v></c>`;
  const text = String(cell);
  // a cell with leading or trailing spaces keeps them only with xml:space="preserve"
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${reference}"${styled} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

function rowXml(cells: readonly Cell[], rowNumber: number, style: number): string {
  return `<row r="${rowNumber}">${cells.map((cell, column) => cellXml(cell, `${columnName(column)}${rowNumber}`, style)).join('')}</row>`;
}

function widths(header: readonly string[], rows: readonly (readonly Cell[])[]): number[] {
  return header.map((title, column) => {
    let widest = title.length;
    for (let index = 0; index < Math.min(rows.length, 500); index++) widest = Math.max(widest, String(rows[index]?.[column] ?? '').length);
    return Math.min(60, widest + 2);
  });
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function worksheetXml(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const columns = widths(header, rows)
    .map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  const lastCell = `${columnName(Math.max(0, header.length - 1))}${rows.length + 1}`;
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1:${lastCell}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/>${columns ? `<cols>${columns}</cols>` : ''}<sheetData>${rowXml(header, 1, 1)}${rows.map((row, index) => rowXml(row, index + 2, 0)).join('')}</sheetData>` +
    (header.length ? `<autoFilter ref="A1:${lastCell}"/>` : '') +
    '</worksheet>'
  );
}

/** A workbook with one sheet: `header` in bold and frozen, then `rows`. */
export function xlsxWorkbook(sheetName: string, header: readonly string[], rows: readonly (readonly Cell[])[]): Buffer {
  // sheet names: at most 31 characters, none of : \ / ? * [ ]
  const name = xmlText(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1');
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets>` +
        (header.length ? `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${name.replace(/'/g, "''")}'!$A$1:$${columnName(header.length - 1)}$${rows.length + 1}</definedName></definedNames>` : '') +
        '</workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    ],
    ['xl/worksheets/sheet1.xml', worksheetXml(header, rows)],
  ];
  return zip(files.map(([path, text]) => ({ name: path, data: Buffer.from(text, 'utf8') })));
}
