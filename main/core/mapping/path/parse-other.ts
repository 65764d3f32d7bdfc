/** Parses JSON paths, CSV column references and `@context` values (FORMAT.md). */
import { contextNames, type ContextName, type ContextPath, type JsonAccessor, type JsonPath } from './ast.js';
import { PathSyntaxError } from './parse-edi.js';

export function parseContextPath(text: string): ContextPath {
  const name = text.trim().slice(1);
  if (!(contextNames as readonly string[]).includes(name)) throw new PathSyntaxError(`'@${name}' is not a context value (known: ${contextNames.map((known) => `@${known}`).join(', ')})`);
  return { kind: 'context', text: text.trim(), name: name as ContextName };
}

export function parseJsonPath(text: string): JsonPath {
  const trimmed = text.trim();
  const absolute = trimmed.startsWith('/$');
  const body = absolute ? trimmed.slice(1) : trimmed;
  if (!body.startsWith('$')) throw new PathSyntaxError(`'${text}': a JSON path starts with $ (the current element) or /$ (the document)`);
  const accessors: JsonAccessor[] = [];
  let rest = body.slice(1);
  while (rest !== '') {
    const key = /^\.([A-Za-z_$][A-Za-z0-9_$-]*)/.exec(rest);
    const index = /^\[(\d+)\]/.exec(rest);
    const all = /^(\[\*\]|\.\*)/.exec(rest);
    const quoted = /^\[(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\]/.exec(rest);
    if (key?.[1]) accessors.push({ kind: 'key', key: key[1] });
    else if (index?.[1]) accessors.push({ kind: 'index', index: Number(index[1]) });
    else if (all) accessors.push({ kind: 'all' });
    else if (quoted) accessors.push({ kind: 'key', key: (quoted[1] ?? quoted[2] ?? '').replace(/\\(.)/g, '$1') });
    else throw new PathSyntaxError(`'${text}': unexpected '${rest}' (expected .name, [n], [*] or ["name"])`);
    rest = rest.slice((key ?? index ?? all ?? quoted)?.[0].length ?? rest.length);
  }
  return { kind: 'json', text: trimmed, absolute, accessors };
}
