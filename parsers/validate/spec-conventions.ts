/**
 * The conventions the validator relies on in spec data, checked as data: spec authors run this in their tests
 * (and spec-conventions.test.ts runs it over the real dictionaries), so a typo shows up as a sentence, not as a
 * file that mysteriously fails validation.
 */
import type { ElementSpec, LoopSpec, SegmentRef, StandardDictionary, TransactionSpec } from '../specs/types.js';

/** One sentence per broken convention; empty when the dictionary is consistent. */
export function specConventionProblems(dictionary: StandardDictionary): string[] {
  const problems: string[] = [];
  for (const [key, segment] of Object.entries(dictionary.segments)) {
    if (segment.tag !== key) problems.push(`Segment ${key} is stored under the wrong key (its tag is ${segment.tag}).`);
    segment.elements.forEach((element, index) => checkElement(dictionary, `${key} element ${index + 1}`, element, problems));
    for (const rule of segment.rules ?? []) {
      const outside = rule.elements.filter((position) => position < 1 || position > segment.elements.length);
      if (outside.length > 0) problems.push(`Segment ${key}: syntax rule ${rule.kind} names element(s) ${outside.join(', ')}, which it does not have.`);
    }
  }
  for (const spec of dictionary.transactions) checkTransaction(dictionary, spec, problems);
  return problems;
}

function checkElement(dictionary: StandardDictionary, where: string, element: ElementSpec, problems: string[]): void {
  if (element.codes !== undefined && !Object.hasOwn(dictionary.codeLists, element.codes)) {
    problems.push(`${where} (${element.id}) uses code list "${element.codes}", which is not in the dictionary's codeLists.`);
  }
  if (element.components && element.type !== undefined) problems.push(`${where} (${element.id}) has both a type and components.`);
  if (element.min !== undefined && element.max !== undefined && element.max > 0 && element.min > element.max) {
    problems.push(`${where} (${element.id}) has min ${element.min} above max ${element.max}.`);
  }
  element.components?.forEach((component, index) => checkElement(dictionary, `${where}.${index + 1}`, component, problems));
}

function checkTransaction(dictionary: StandardDictionary, spec: TransactionSpec, problems: string[]): void {
  const name = `${spec.type} (${spec.versions.join(', ')})`;
  if (spec.standard !== dictionary.standard) problems.push(`${name} is a ${spec.standard} spec in the ${dictionary.standard} dictionary.`);
  const first = spec.body[0];
  const last = spec.body[spec.body.length - 1];
  if (first?.kind !== 'segment' || first.usage !== 'M') problems.push(`${name} must start with its mandatory header segment.`);
  if (last?.kind !== 'segment' || last.usage !== 'M') problems.push(`${name} must end with its mandatory trailer segment.`);
  checkChildren(dictionary, name, spec.body, problems);
}

function checkChildren(dictionary: StandardDictionary, where: string, children: (SegmentRef | LoopSpec)[], problems: string[]): void {
  for (const child of children) {
    if (!Number.isInteger(child.max) || child.max < 0) problems.push(`${where}: ${describe(child)} has max ${child.max}; use 0 for unbounded.`);
    if (child.kind === 'segment') {
      if (!Object.hasOwn(dictionary.segments, child.tag)) problems.push(`${where}: segment ${child.tag} is not in the segment dictionary.`);
      if (child.qualifier && (child.qualifier.element < 1 || child.qualifier.values.length === 0)) {
        problems.push(`${where}: segment ${child.tag} has an empty or misplaced qualifier.`);
      }
      continue;
    }
    const trigger = child.children[0];
    // the trigger's own usage does not matter (X12 tables print it as the loop's): the loop's usage decides
    if (trigger?.kind !== 'segment') problems.push(`${where}: loop ${child.id} must start with its trigger segment.`);
    checkChildren(dictionary, `${where} > ${child.id}`, child.children, problems);
  }
}

function describe(child: SegmentRef | LoopSpec): string {
  return child.kind === 'segment' ? `segment ${child.tag}` : `loop ${child.id}`;
}
