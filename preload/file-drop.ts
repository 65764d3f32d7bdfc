/**
 * Files dropped anywhere on the window: their paths are read here (the sandboxed page cannot see paths) and sent to
 * the main process, which hands them to the same intake as the Open Files dialog. The page's own drop handlers still
 * run and can tell the drop was taken by checking `event.defaultPrevented`.
 */

/** Just the DOM surface used, so this file type-checks without the DOM library. */
export interface FileDropEvent {
  readonly dataTransfer: { readonly types: readonly string[]; readonly files: ArrayLike<File> } | null;
  preventDefault(): void;
}

export interface DropTarget {
  addEventListener(type: 'dragover' | 'drop', listener: (event: FileDropEvent) => void, capture: boolean): void;
}

const carriesFiles = (event: FileDropEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function forwardFileDrops(target: DropTarget, pathForFile: (file: File) => string, send: (paths: string[]) => void): void {
  // Text dragged inside the page keeps its default behaviour; only file drags are taken over.
  target.addEventListener('dragover', (event) => {
    if (carriesFiles(event)) event.preventDefault();
  }, true);
  target.addEventListener('drop', (event) => {
    if (!carriesFiles(event) || !event.dataTransfer) return;
    event.preventDefault();
    const paths = Array.from(event.dataTransfer.files, (file) => pathForFile(file)).filter((path) => path.length > 0);
    if (paths.length > 0) send(paths);
  }, true);
}
