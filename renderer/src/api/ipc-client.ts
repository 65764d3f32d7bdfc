import type { CrossdockClient, EventName, InputOf, MethodName, PayloadOf, PreloadApi, Result, ResultOf } from './contract-types.js';
import { describeError, failure, isResult } from './results.js';

/**
 * Desktop transport: the preload's named methods (no generic invoke). The preload and the app are built together,
 * but a method missing from an older preload or a rejected IPC promise still comes back as an error value.
 */
export function createIpcClient(preload: PreloadApi): CrossdockClient {
  return {
    transport: 'ipc',

    async call<K extends MethodName>(method: K, input: InputOf<K>): Promise<Result<ResultOf<K>>> {
      const invoke = Object.prototype.hasOwnProperty.call(preload.methods, method) ? preload.methods[method] : undefined;
      if (typeof invoke !== 'function') {
        return failure('unknown-method', `The desktop bridge does not offer ${method}; restart Crossdock after updating it.`);
      }
      try {
        const result: unknown = await (invoke as (input: InputOf<K>) => Promise<unknown>)(input);
        if (isResult(result)) return result as Result<ResultOf<K>>;
        return failure('internal', `${method} returned a value that is not a result`);
      } catch (error) {
        return failure('unavailable', `The Crossdock core did not answer ${method}: ${describeError(error)}`);
      }
    },

    on<E extends EventName>(event: E, listener: (payload: PayloadOf<E>) => void): () => void {
      return preload.on(event, (payload) => listener(payload as PayloadOf<E>));
    },

    onConnectionChange(listener: (connected: boolean) => void): () => void {
      // IPC to our own main process has no connection to lose.
      listener(true);
      return () => {};
    },
  };
}
