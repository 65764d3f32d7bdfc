/**
 * Parses the X12/EDIFACT source path language of FORMAT.md ('BEG03', 'REF[REF01=IA].REF02', 'loop(N1)[N101=ST]/N3.N301',
 * 'PO1.qualified(PO106..PO125, BP)', 'PIA.composite(PIA02..PIA06, 2=SA)', 'hl(O)/PRF01') into an EdiPath.
 * Throws PathSyntaxError with a message that says what was expected where.
 */
import type { EdiPath, EdiStep, EdiTerminal, StepFilter } from './ast.js';

export class PathSyntaxError extends Error {
  override name = 'PathSyntaxError';
}

/** tag + two digits (+ component): 'BEG03', 'N104', 'DTM01.2'. The tag is 2-3 characters. */
const ELEMENT_REF = /^([A-Z][A-Z0-9]{1,2})(\d{2})(?:\.(\d{1,2}))?$/;
const TAG = /^[A-Z][A-Z0-9]{1,2}$/;
const GROUP = /^SG\d{1,3}$/;

export function parseEdiPath(text: string): EdiPath {
  const trimmed = text.trim();
  const absolute = trimmed.startsWith('/');
  const body = absolute ? trimmed.slice(1) : trimmed;
  if (body === '') throw new PathSyntaxError('the path is empty');
  const parts = splitTopLevel(body, '/');
  const steps: EdiStep[] = [];
  let terminal: EdiTerminal | null = null;
  parts.forEach((part, index) => {
    const parsed = parsePart(part.trim());
    if (parsed.terminal && index < parts.length - 1) throw new PathSyntaxError(`'${part}' reads a value, so it must be the last part of the path`);
    if (parsed.step) steps.push(parsed.step);
    terminal = parsed.terminal;
  });
  return { kind: 'edi', text: trimmed, absolute, steps, terminal };
}

function parsePart(part: string): { step: EdiStep | null; terminal: EdiTerminal | null } {
  if (part === '') throw new PathSyntaxError("an empty step (two '/' in a row?)");
  const headMatch = /^(loop\(([A-Za-z0-9]+)\)|hl\(([A-Za-z0-9]+|\*)\)|[A-Z][A-Z0-9]*)/.exec(part);
  if (!headMatch) throw new PathSyntaxError(`'${part}' should start with a segment tag (BEG), loop(ID), SGn, hl(LEVEL) or hl(*)`);
  const head = headMatch[0];
  let rest = part.slice(head.length);

  const shorthand = ELEMENT_REF.exec(head + (/^\.\d{1,2}$/.test(rest) ? rest : ''));
  if (!GROUP.test(head) && !head.startsWith('loop(') && !head.startsWith('hl(') && ELEMENT_REF.test(head)) {
    if (rest !== '' && !/^\.\d{1,2}$/.test(rest)) throw new PathSyntaxError(`'${part}': after an element (${head}) only a component may follow ('.2')`);
    const ref = elementRef(shorthand?.[0] ?? head);
    return { step: { kind: 'segment', tag: ref.tag, filters: [] }, terminal: { kind: 'element', ...ref } };
  }

  let step: EdiStep;
  if (headMatch[2] !== undefined) step = { kind: 'loop', name: headMatch[2], filters: [] };
  else if (headMatch[3] !== undefined) step = { kind: 'hl', level: headMatch[3], filters: [] };
  else if (GROUP.test(head)) step = { kind: 'loop', name: head, filters: [] };
  else if (TAG.test(head)) step = { kind: 'segment', tag: head, filters: [] };
  else throw new PathSyntaxError(`'${head}' is not a segment tag (2-3 capitals/digits) nor an element such as BEG03`);

  while (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) throw new PathSyntaxError(`'${part}': '[' without ']'`);
    step.filters.push(...parseFilters(rest.slice(1, close), step));
    rest = rest.slice(close + 1);
  }
  if (rest === '') return { step, terminal: null };
  if (!rest.startsWith('.')) throw new PathSyntaxError(`'${part}': unexpected '${rest}' (expected '.ELEMENT', '[condition]' or '/')`);
  return { step, terminal: parseTerminal(rest.slice(1), step, part) };
}

function parseFilters(inside: string, step: EdiStep): StepFilter[] {
  if (/^\d+$/.test(inside.trim())) {
    const n = Number(inside.trim());
    if (n < 1) throw new PathSyntaxError(`[${inside}]: occurrences count from 1`);
    return [{ kind: 'nth', n }];
  }
  return inside.split(',').map((condition) => {
    const match = /^\s*([A-Z0-9.]+)\s*(!=|=)?\s*(.*?)\s*$/.exec(condition);
    if (!match?.[1]) throw new PathSyntaxError(`[${inside}]: expected conditions such as REF01=IA, N101=ST|BT, REF01!=IA or REF02`);
    const ref = elementRef(match[1]);
    if (step.kind === 'segment' && ref.tag !== step.tag) throw new PathSyntaxError(`[${condition.trim()}]: ${match[1]} is not an element of ${step.tag}`);
    const operator = match[2] === '=' ? '=' : match[2] === '!=' ? '!=' : 'present';
    const values = operator === 'present' ? [] : (match[3] ?? '').split('|');
    if (operator !== 'present' && values.some((value) => value === '')) throw new PathSyntaxError(`[${condition.trim()}]: a value is missing after '${operator}'`);
    return { kind: 'condition', ...ref, operator, values };
  });
}

function parseTerminal(text: string, step: EdiStep, part: string): EdiTerminal {
  const call = /^(qualified|composite)\((.*)\)$/.exec(text);
  if (!call) {
    if (!ELEMENT_REF.test(text)) throw new PathSyntaxError(`'${part}': '${text}' is not an element such as REF02 or NAD02.1, qualified(...) or composite(...)`);
    const ref = elementRef(text);
    if (step.kind === 'segment' && ref.tag !== step.tag) throw new PathSyntaxError(`'${part}': ${text} is not an element of ${step.tag}`);
    return { kind: 'element', ...ref };
  }
  const args = (call[2] ?? '').split(',').map((arg) => arg.trim());
  const range = /^([A-Z0-9]+)\.\.([A-Z0-9]+)$/.exec(args[0] ?? '');
  if (!range?.[1] || !range[2]) throw new PathSyntaxError(`'${part}': ${call[1]}() starts with a range such as PO106..PO125`);
  const from = elementRef(range[1]);
  const to = elementRef(range[2]);
  if (from.tag !== to.tag || to.element <= from.element) throw new PathSyntaxError(`'${part}': ${args[0]} is not a range of one segment's elements`);
  if (step.kind === 'segment' && from.tag !== step.tag) throw new PathSyntaxError(`'${part}': ${range[1]} is not an element of ${step.tag}`);
  if (call[1] === 'qualified') {
    if (args.length !== 2 || !args[1]) throw new PathSyntaxError(`'${part}': qualified(FROM..TO, CODE) takes a range and the qualifier code(s)`);
    return { kind: 'qualified', tag: from.tag, from: from.element, to: to.element, codes: args[1].split('|') };
  }
  const qualifier = /^(\d{1,2})=(.+)$/.exec(args[1] ?? '');
  if (!qualifier?.[1] || !qualifier[2] || args.length > 3) throw new PathSyntaxError(`'${part}': composite(FROM..TO, N=CODE[, M]) takes a range, the qualifier component=code, and optionally the component to return`);
  const valueComponent = args[2] === undefined ? 1 : Number(args[2]);
  if (!Number.isInteger(valueComponent) || valueComponent < 1) throw new PathSyntaxError(`'${part}': the component to return is a number from 1`);
  return {
    kind: 'composite', tag: from.tag, from: from.element, to: to.element,
    qualifierComponent: Number(qualifier[1]), codes: qualifier[2].split('|'), valueComponent,
  };
}

function elementRef(text: string): { tag: string; element: number; component: number } {
  const match = ELEMENT_REF.exec(text);
  if (!match?.[1] || !match[2]) throw new PathSyntaxError(`'${text}' is not an element reference such as REF01 or DTM01.2`);
  const element = Number(match[2]);
  const component = match[3] === undefined ? 1 : Number(match[3]);
  if (element < 1 || component < 1) throw new PathSyntaxError(`'${text}': elements and components count from 1`);
  return { tag: match[1], element, component };
}

/** Splits on `separator` outside brackets and parentheses (conditions may contain '/' in values). */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '[' || char === '(') depth++;
    else if (char === ']' || char === ')') depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
