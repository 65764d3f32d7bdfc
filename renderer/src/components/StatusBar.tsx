import { useShallow } from 'zustand/react/shallow';
import { useSession } from '../services.js';
import { Skeleton } from './Skeleton.js';
import { TaskStatus } from './TaskStatus.js';

function ConnectionStatus() {
  const { transport, connected } = useSession(useShallow((state) => ({ transport: state.transport, connected: state.connected })));
  // IPC cannot drop; over HTTP the event socket can, and then updates from the core stop arriving until it is back.
  const text = transport === 'ipc' ? 'Desktop' : connected ? 'Connected' : 'Reconnecting…';
  const title =
    transport === 'ipc'
      ? 'Connected to the Crossdock core of this window'
      : connected
        ? 'Connected to the local Crossdock server; live updates are on'
        : 'Lost the live connection to the local Crossdock server; retrying. Is `npm run web` still running?';
  return (
    <span className="status-item status-connection" data-testid="status-connection" data-state={connected ? 'connected' : 'disconnected'} title={title}>
      <span className={connected ? 'status-dot status-dot-ok' : 'status-dot status-dot-warn'} aria-hidden="true" />
      {text}
    </span>
  );
}

function NetworkStatus() {
  const online = useSession((state) => state.networkOnline);
  return (
    <span className="status-item status-network" data-testid="status-network" data-state={online ? 'online' : 'offline'}>
      {online ? 'Online' : 'Offline — working from the local workspace'}
    </span>
  );
}

export function StatusBar() {
  const { workspacePath, version, loading } = useSession(
    useShallow((state) => ({ workspacePath: state.workspace?.path ?? null, version: state.appInfo?.version ?? null, loading: state.loading })),
  );
  return (
    <footer className="status-bar" data-testid="status-bar" aria-label="Status" aria-busy={loading}>
      <span className="status-item status-workspace" title={workspacePath ?? undefined}>
        <span className="status-caption">Workspace</span>
        <span className="status-workspace-path" data-testid="status-workspace">
          {workspacePath ?? (loading ? <Skeleton width="16em" /> : 'not available')}
        </span>
      </span>
      <NetworkStatus />
      <ConnectionStatus />
      <TaskStatus />
      <span className="status-item status-version" data-testid="status-version">
        {version ? `Crossdock ${version}` : loading ? <Skeleton width="7em" /> : 'Crossdock'}
      </span>
    </footer>
  );
}
