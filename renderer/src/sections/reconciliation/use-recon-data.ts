import { useCallback, useEffect, useState } from 'react';
import type { InputOf, ResultOf } from '../../api/contract-types.js';
import { useServices } from '../../services.js';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string; notFound: boolean };

type ReadMethod = 'threads.get' | 'mismatches.get' | 'reconcile.dashboard' | 'reconcile.status';

/**
 * One answer of the core, asked again whenever the reconciliation changes (reconcile.changed) or `reload` is called.
 * The previous answer stays on screen while the next one is on its way. A null input asks nothing.
 */
export function useReconAnswer<K extends ReadMethod>(method: K, input: InputOf<K> | null): { loaded: Loaded<ResultOf<K>>; reload: () => void } {
  const { client } = useServices();
  const [loaded, setLoaded] = useState<Loaded<ResultOf<K>>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const inputText = JSON.stringify(input);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  useEffect(() => client.on('reconcile.changed', reload), [client, reload]);
  useEffect(() => {
    if (inputText === 'null') return;
    let live = true;
    void client.call(method, JSON.parse(inputText) as InputOf<K>).then((result) => {
      if (!live) return;
      setLoaded(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', message: result.error.message, notFound: result.error.code === 'not-found' });
    });
    return () => {
      live = false;
    };
  }, [client, method, inputText, round]);
  return { loaded, reload };
}
