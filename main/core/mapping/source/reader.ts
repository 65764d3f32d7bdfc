/** What the rule runner needs from a source (EDI transaction, CSV rows, JSON document), whatever its standard. */
import type { Segment } from '../../../../parsers/index.js';
import type { CompiledPath } from '../path/ast.js';

export interface SourceValue {
  text: string;
  /** the EDI segment the value was read from (for issues and the editor's highlighting) */
  segment?: Segment;
}

export interface SourceReader<Scope> {
  readonly root: Scope;
  /** the non-empty values `path` yields in `scope`, in document order */
  values(path: CompiledPath, scope: Scope): SourceValue[];
  /** the occurrences an `each` iterates */
  scopes(path: CompiledPath, scope: Scope): Scope[];
  /** the segment that stands for a scope in issues (a loop's first segment), if any */
  segmentOf(scope: Scope): Segment | undefined;
}
