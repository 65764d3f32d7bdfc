/** Canonical target paths ('shipTo.address.city', 'lines[]', 'notes[]') and writing values into the document. */

export interface TargetPath {
  text: string;
  names: string[];
  /** the last name ends in '[]': each value (or each object of an `each`) is appended */
  append: boolean;
}

export type DocumentObject = Record<string, unknown>;

export function parseTarget(text: string): TargetPath {
  const parts = text.split('.');
  parts.slice(0, -1).forEach((part) => {
    if (part.endsWith('[]')) throw new Error(`target '${text}': '[]' may only end the target (nested rules of an 'each' write inside each element)`);
  });
  const last = parts[parts.length - 1] ?? '';
  const append = last.endsWith('[]');
  const names = [...parts.slice(0, -1), append ? last.slice(0, -2) : last];
  if (names.some((name) => name === '' || name === '__proto__' || name === 'constructor' || name === 'prototype')) throw new Error(`target '${text}' has an empty or reserved name`);
  return { text, names, append };
}

/** The object that holds the target's last name, created on the way; throws when a value sits where an object must. */
function parentOf(root: DocumentObject, target: TargetPath): DocumentObject {
  let node = root;
  for (const name of target.names.slice(0, -1)) {
    const next = node[name];
    if (next === undefined) node = node[name] = {};
    else if (isObject(next)) node = next;
    else throw new Error(`target '${target.text}': '${name}' already holds a value, not an object`);
  }
  return node;
}

const lastName = (target: TargetPath): string => target.names[target.names.length - 1] ?? '';

export function writeValue(root: DocumentObject, target: TargetPath, value: unknown): void {
  const parent = parentOf(root, target);
  const name = lastName(target);
  if (!target.append) {
    parent[name] = value;
    return;
  }
  const list = parent[name];
  if (list === undefined) parent[name] = [value];
  else if (Array.isArray(list)) list.push(value);
  else throw new Error(`target '${target.text}': '${name}' already holds a value, not a list`);
}

/** For a non-append `each`: the existing object at the target (rules may fill one object in several passes). */
export function existingObject(root: DocumentObject, target: TargetPath): DocumentObject | undefined {
  let node: unknown = root;
  for (const name of target.names) node = isObject(node) ? node[name] : undefined;
  return isObject(node) ? node : undefined;
}

export function isObject(value: unknown): value is DocumentObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
