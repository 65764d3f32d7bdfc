/**
 * The declarative mapping engine: maps are JSON data (format.ts, FORMAT.md), compiled once, then run over EDI
 * transactions, CSV rows or JSON documents to canonical documents. Pure TypeScript + zod: runs in the core, a worker
 * or the browser.
 */
export * from './format.js';
export { compileMap, compilePath } from './compile.js';
export type { CompiledMap, CompiledRule, CompileError, CompileResult } from './compile.js';
export { mapTransaction } from './map-transaction.js';
export type { MapOptions } from './map-transaction.js';
export { mapCsv, mapJson } from './map-tabular.js';
export type { TabularMapOptions, TabularResult } from './map-tabular.js';
export type { MappingCoverage, MappingIssue, MappingResult, SegmentRef } from './result.js';
export { diffCanonical } from './diff.js';
export type { CanonicalChange } from './diff.js';
export { PathSyntaxError } from './path/parse-edi.js';
export { contextNames } from './path/ast.js';
export type { ContextName } from './path/ast.js';
export { defaultMaps, defaultMapFor } from './defaults/index.js';
