// The npm `edifact` package ships no types; this declares the part of its Parser the benchmark uses.
declare module 'edifact' {
  import type { EventEmitter } from 'node:events';

  export class Parser extends EventEmitter {
    constructor(validator?: unknown, config?: unknown);
    encoding(level: string): void;
    write(chunk: string): void;
    end(): void;
  }
}
