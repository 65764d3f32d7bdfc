import type { z } from 'zod';

/** One method of the contract: its input schema, its (phantom) result type and a line for documentation. */
export interface MethodSpec<Input extends z.ZodType, Output> {
  input: Input;
  description: string;
  /** never read at run time; carries the result type */
  readonly result?: Output;
}

export function method<Output>() {
  return <Input extends z.ZodType>(input: Input, description: string): MethodSpec<Input, Output> => ({
    input,
    description,
  });
}

/** One event the core pushes to every client; payloads are produced by the core, so only their type is declared. */
export interface EventSpec<Payload> {
  description: string;
  readonly payload?: Payload;
}

export function event<Payload>(description: string): EventSpec<Payload> {
  return { description };
}
