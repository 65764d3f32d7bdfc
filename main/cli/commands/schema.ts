/**
 * `crossdock schema [--kind KIND]`: the JSON Schema (draft 2020-12) of the canonical documents, for integrators who
 * produce or consume them. Without --kind, every kind in one document (`oneOf` + `$defs`).
 */
import { parseArgs } from 'node:util';
import { allCanonicalJsonSchema, canonicalJsonSchema, canonicalKinds, isCanonicalKind } from '../../core/canonical/index.js';
import { EXIT, printJson, UsageError, type Command } from '../io.js';

const usage = `Usage:
  crossdock schema [--kind KIND]
      print the JSON Schema of the canonical documents; KIND is one of ${canonicalKinds.join(', ')}
Exit status: 0 printed, 2 bad arguments (such as an unknown kind).`;

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the canonical documents',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { kind: { type: 'string' } }, allowPositionals: true, strict: true });
    if (positionals.length > 0) throw new UsageError(`schema takes no file arguments (got '${positionals[0]}')\n${usage}`);
    const kind = values.kind;
    if (kind === undefined) {
      printJson(io, allCanonicalJsonSchema());
      return EXIT.ok;
    }
    if (!isCanonicalKind(kind)) throw new UsageError(`unknown kind '${kind}'; kinds are ${canonicalKinds.join(', ')}`);
    printJson(io, canonicalJsonSchema(kind));
    return EXIT.ok;
  },
};
