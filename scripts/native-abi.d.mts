/** Types for scripts/native-abi.mjs, so TypeScript callers (the CLI, tests) import it checked. */

export type Runtime = 'node' | 'electron';

export interface Target {
  runtime: Runtime;
  /** 'v20.20.2' for Node, '45.5.0' for Electron */
  version: string;
  abi: number;
}

export interface Stamp extends Target {
  sha256: string;
  betterSqlite3?: string;
  recordedAt?: string;
}

export interface AddonState {
  present: boolean;
  abi?: number | undefined;
  sha256?: string | undefined;
}

export type Plan =
  | { action: 'none' }
  | { action: 'verify'; reason: string }
  | { action: 'restore'; reason: string }
  | { action: 'rebuild'; reason: string };

export interface ProjectPaths {
  root: string;
  module: string;
  addon: string;
  stamp: string;
  cache: string;
  electron: string;
}

export const ELECTRON_HEADERS_URL: string;
export class NativeAbiError extends Error {}

export function projectPaths(root?: string): ProjectPaths;
export function addonAbi(bytes: Uint8Array): number | undefined;
export function headerAbi(nodeVersionHeader: string): number | undefined;
export function describeTarget(target: Target): string;
export function stampMatches(stamp: Stamp | undefined, target: Target, sha256: string | undefined): boolean;
export function planSwitch(facts: { target: Target; addon: AddonState; stamp: Stamp | undefined; cacheHit: boolean }): Plan;
export function buildEnvironment(env: Record<string, string | undefined>): Record<string, string>;
export function electronGypArguments(options: { command: 'install' | 'rebuild'; version: string; arch: string; devdir: string }): string[];
export function nodeTarget(): Target;
export function electronTarget(paths: ProjectPaths): Target;

/** A user-facing fix for a better-sqlite3 load failure, or undefined when the error is something else. */
export function explainNativeLoadError(
  error: unknown,
  runtime?: { node: string; electron?: string | undefined; abi: number },
): string | undefined;
/** Print the fix (to stderr by default) when `error` is a better-sqlite3 load failure; true if it was one. */
export function printNativeFix(error: unknown, write?: (text: string) => void): boolean;
/** Make the built addon fit the runtime: no-op, copy from the local cache, or rebuild. Throws NativeAbiError. */
export function ensureNativeAbi(mode: Runtime, options?: { paths?: ProjectPaths; log?: (line: string) => void }): Plan;
