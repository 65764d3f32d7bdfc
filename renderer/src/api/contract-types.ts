/**
 * The renderer's single door to the contract's types. Type-only: the renderer never loads runtime code from main/
 * (lint enforces it), so everything here is erased at build time.
 */
export type { CrossdockClient, PreloadApi } from '../../../main/core/api/client.js';
export type { EventName, InputOf, MethodName, PayloadOf, ResultOf } from '../../../main/core/api/contract.js';
export type { ApiError, ErrorCode, Result } from '../../../main/core/api/result.js';
export type {
  AppInfo,
  CoreStatus,
  Settings,
  TaskProgress,
  ThemePreference,
  WorkspaceInfo,
} from '../../../main/core/api/types.js';
