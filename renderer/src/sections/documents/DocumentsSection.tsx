import { useState, type DragEvent } from 'react';
import { CommandLine } from '../../components/CommandLine.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Skeleton } from '../../components/Skeleton.js';
import { useServices, useSession } from '../../services.js';
import { WorkspaceCommand } from '../WorkspaceCommand.js';

function InboxPath() {
  const inbox = useSession((state) => state.workspace?.folders.inbox ?? null);
  const loading = useSession((state) => state.loading);
  if (inbox) return <CommandLine text={inbox} label="inbox folder path" />;
  return loading ? <Skeleton width="24em" /> : <span>the workspace’s inbox folder</span>;
}

/** Until ingest lands: the drop zone takes the drop (so the browser does not open the file) and says what to do. */
function DropZone() {
  const [over, setOver] = useState(false);
  const { notices } = useServices();
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const count = event.dataTransfer.files.length;
    notices.getState().push('info', `Importing dropped files is not in this build yet, so ${count === 1 ? 'the file was' : `${count} files were`} not read. Copy them into the inbox folder shown here instead.`);
  };
  return (
    <div className={over ? 'drop-zone drop-zone-over' : 'drop-zone'} onDragOver={onDragOver} onDragLeave={() => setOver(false)} onDrop={onDrop} data-testid="documents-drop-zone">
      Drop EDI files here
    </div>
  );
}

export function DocumentsSection() {
  return (
    <EmptyState icon="documents" heading="No documents yet">
      <p>
        Every X12 and EDIFACT file you receive or send appears here, one row per transaction, with its partner, type,
        control numbers, status and any problems found in it.
      </p>
      <DropZone />
      <h3>Other ways to bring files in</h3>
      <ul className="how-to">
        <li>
          <span>Put them in the workspace’s inbox folder:</span>
          <InboxPath />
        </li>
        <li>
          <span>Or from a terminal:</span>
          <WorkspaceCommand verb="ingest FILE" label="ingest command" />
        </li>
      </ul>
    </EmptyState>
  );
}
