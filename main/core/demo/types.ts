/** What demo.create answers (plain JSON: it crosses IPC and HTTP; the renderer type-imports it). */
export interface DemoCreateResult {
  /** the workspace the demo fills: the open one (a running app cannot switch to another folder) */
  workspaceDir: string;
  /** the task that reports progress ('demo' kind) and finishes when the workspace is ready */
  taskId: string;
}
