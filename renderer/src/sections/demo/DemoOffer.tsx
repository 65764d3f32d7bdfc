import { useEffect, useState } from 'react';
import type { TaskProgress } from '../../api/contract-types.js';
import { useServices } from '../../services.js';
import './demo.css';

/**
 * The first-start offer in an empty workspace. A running app cannot switch to another folder, so the demo fills
 * this (empty) workspace; when its task ends the page reloads and every section shows the demo's data.
 */
export function DemoOffer() {
  const { client, notices } = useServices();
  const [task, setTask] = useState<Pick<TaskProgress, 'taskId' | 'state' | 'done' | 'total' | 'current' | 'message'> | null>(null);

  useEffect(() => {
    if (!task) return;
    return client.on('task.progress', (progress) => {
      if (progress.taskId !== task.taskId) return;
      setTask(progress);
      if (progress.state === 'finished') window.location.reload();
      if (progress.state === 'failed') notices.getState().push('error', progress.message ?? 'The demo could not be created', 'Demo workspace');
    });
  }, [client, notices, task?.taskId]); // eslint-disable-line react-hooks/exhaustive-deps

  const start = async () => {
    setTask({ taskId: '', state: 'running', done: 0, total: 7, current: 'Starting' });
    const result = await client.call('demo.create', {});
    if (!result.ok) {
      setTask(null);
      notices.getState().push('error', result.error.message, 'Could not load the demo');
      return;
    }
    setTask((current) => (current && current.taskId !== '' ? current : { taskId: result.value.taskId, state: 'running', done: 0, total: 7, current: 'Planning three weeks of orders' }));
  };

  const running = task !== null && task.state === 'running';
  return (
    <section className="demo-offer" aria-labelledby="demo-offer-heading" data-testid="demo-offer">
      <h3 id="demo-offer-heading">New to Crossdock? Start with the demo</h3>
      <p>
        Three trading partners (X12 and EDIFACT), three weeks of orders with acks, ship notices and invoices, ERP and
        warehouse records, and about 30 mismatches waiting in Reconciliation. It fills this empty workspace; keep your
        own files for another one.
      </p>
      <button type="button" className="button button-primary" onClick={() => void start()} disabled={running} data-testid="demo-offer-start">
        {running ? 'Loading the demo…' : 'Load the demo workspace'}
      </button>
      {running && (
        <p className="demo-offer-progress" role="status" aria-live="polite" data-testid="demo-offer-progress">
          {task.current ?? 'Working'} ({task.done} of {task.total})
        </p>
      )}
    </section>
  );
}
