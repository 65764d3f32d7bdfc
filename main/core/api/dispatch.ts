import { contract, isMethodName, type MethodName, type ParsedInputOf, type ResultOf } from './contract.js';
import { CoreError, fail, ok, type Result } from './result.js';

export type Handler<K extends MethodName, Context> = (
  input: ParsedInputOf<K>,
  context: Context,
) => ResultOf<K> | Promise<ResultOf<K>>;

export type Handlers<Context> = { [K in MethodName]: Handler<K, Context> };

/** Merge per-domain handler maps; a method defined twice is a programming error caught at start-up. */
export function mergeHandlers<Context>(...parts: Partial<Handlers<Context>>[]): Partial<Handlers<Context>> {
  const merged: Partial<Handlers<Context>> = {};
  for (const part of parts) {
    for (const name of Object.keys(part) as MethodName[]) {
      if (name in merged) throw new Error(`Handler for ${name} is defined twice`);
      (merged as Record<string, unknown>)[name] = part[name];
    }
  }
  return merged;
}

/**
 * The single entry point for every transport: validates the method name and input, runs the handler and turns
 * anything thrown into an error value. Never throws.
 */
export async function dispatch<Context>(
  handlers: Handlers<Context>,
  context: Context,
  method: unknown,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return fail('unknown-method', `Unknown method ${JSON.stringify(String(method)).slice(0, 120)}`);
  }
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    const first = issues[0];
    return fail('invalid-input', `Invalid input for ${method}: ${first ? `${first.path || '(input)'}: ${first.message}` : 'rejected'}`, issues);
  }
  try {
    const handler = handlers[method] as (input: unknown, context: Context) => unknown;
    return ok(await handler(parsed.data, context));
  } catch (error) {
    if (error instanceof CoreError) return fail(error.code, error.message, error.details);
    const message = error instanceof Error ? error.message : String(error);
    return fail('internal', `${method} failed: ${message}`);
  }
}
