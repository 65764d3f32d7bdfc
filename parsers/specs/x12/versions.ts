/**
 * Turns the dictionary source (elements annotated with their 004010/005010 differences) into plain SegmentSpecs:
 * one exact view per version, and one merged view that accepts what either version accepts. The merged view is what
 * `x12Dictionary.segments` holds, because a partner's GS08 often names a release we do not model exactly (004030,
 * 004060, 005030) and a spec that is stricter than the release it stands for would reject good files.
 */
import type { ElementSpec, SegmentSpec, Usage } from '../types.js';
import { X12_VERSIONS } from './builders.js';
import type { ElementDefinition, SegmentDefinition, X12Version } from './builders.js';

function plain(definition: ElementDefinition): ElementSpec {
  const spec: ElementSpec = { id: definition.id, name: definition.name, usage: definition.usage };
  if (definition.type !== undefined) spec.type = definition.type;
  if (definition.min !== undefined) spec.min = definition.min;
  if (definition.max !== undefined) spec.max = definition.max;
  if (definition.codes !== undefined) spec.codes = definition.codes;
  if (definition.repeat !== undefined) spec.repeat = definition.repeat;
  return spec;
}

/** The element as it is in `version`, or null when that version does not have it. */
function resolve(definition: ElementDefinition, version: X12Version): ElementDefinition | null {
  const variant = definition.versions?.[version];
  if (variant === null) return null;
  return { ...definition, ...variant };
}

function elementsForVersion(definitions: ElementDefinition[], version: X12Version): ElementSpec[] {
  const resolved = definitions.map((definition) => resolve(definition, version));
  while (resolved.length > 0 && resolved[resolved.length - 1] === null) resolved.pop();
  return resolved.map((definition, index) => {
    if (definition === null) {
      // A position removed in this version stays as a placeholder so later positions keep their numbers.
      const original = definitions[index] as ElementDefinition;
      return { id: original.id, name: original.name, usage: 'X' };
    }
    const spec = plain(definition);
    if (definition.components !== undefined) spec.components = elementsForVersion(definition.components, version);
    return spec;
  });
}

export function segmentForVersion(definition: SegmentDefinition, version: X12Version): SegmentSpec {
  const spec: SegmentSpec = {
    tag: definition.tag,
    name: definition.name,
    purpose: definition.purpose,
    elements: elementsForVersion(definition.elements, version),
  };
  const versionRules = [...(definition.rules ?? []), ...(definition.versionRules?.[version] ?? [])];
  if (versionRules.length > 0) spec.rules = versionRules;
  return spec;
}

function mergedUsage(usages: Usage[], presentEverywhere: boolean): Usage {
  const first = usages[0] ?? 'O';
  if (presentEverywhere && usages.every((usage) => usage === first)) return first;
  return 'O';
}

function mergeElements(definitions: ElementDefinition[]): ElementSpec[] {
  return definitions.map((definition) => {
    const variants = X12_VERSIONS.map((version) => resolve(definition, version)).filter(
      (variant): variant is ElementDefinition => variant !== null,
    );
    const spec = plain(definition);
    spec.usage = mergedUsage(
      variants.map((variant) => variant.usage),
      variants.length === X12_VERSIONS.length,
    );
    const mins = variants.map((variant) => variant.min).filter((value): value is number => value !== undefined);
    const maxes = variants.map((variant) => variant.max).filter((value): value is number => value !== undefined);
    if (mins.length > 0) spec.min = Math.min(...mins);
    if (maxes.length > 0) spec.max = Math.max(...maxes);
    if (variants.some((variant) => variant.type !== definition.type)) spec.type = 'AN';
    if (variants.some((variant) => variant.codes !== definition.codes)) delete spec.codes;
    if (definition.components !== undefined) {
      spec.components = mergeElements(definition.components);
    }
    return spec;
  });
}

/** A spec that accepts everything that 004010 or 005010 accepts (rules common to both versions only). */
export function mergedSegment(definition: SegmentDefinition): SegmentSpec {
  const spec: SegmentSpec = {
    tag: definition.tag,
    name: definition.name,
    purpose: definition.purpose,
    elements: mergeElements(definition.elements),
  };
  if (definition.rules !== undefined && definition.rules.length > 0) spec.rules = definition.rules;
  return spec;
}
