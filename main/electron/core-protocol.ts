/**
 * Messages between the main process and the core's utility process (structured-clone, so plain data only).
 * main → core: `{ id, method, input }` calls and one `{ shutdown: true }`; core → main: `{ id, result }` replies and
 * `{ event, payload }` pushes.
 */
import type { EventName } from '../core/api/contract.js';
import type { Result } from '../core/api/result.js';

export interface CallMessage {
  id: number;
  method: string;
  input: unknown;
}

export interface ShutdownMessage {
  shutdown: true;
}

export type ToCore = CallMessage | ShutdownMessage;

export interface ReplyMessage {
  id: number;
  result: Result<unknown>;
}

export interface EventMessage {
  event: EventName;
  payload: unknown;
}

export type FromCore = ReplyMessage | EventMessage;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isCallMessage(value: unknown): value is CallMessage {
  return isRecord(value) && Number.isSafeInteger(value['id']) && typeof value['method'] === 'string';
}

export function isShutdownMessage(value: unknown): value is ShutdownMessage {
  return isRecord(value) && value['shutdown'] === true;
}

export function isReplyMessage(value: unknown): value is ReplyMessage {
  return isRecord(value) && Number.isSafeInteger(value['id']) && isRecord(value['result']) && typeof value['result']['ok'] === 'boolean';
}

export function isEventMessage(value: unknown): value is { event: string; payload: unknown } {
  return isRecord(value) && typeof value['event'] === 'string' && 'payload' in value;
}
