/** Result and event types of ingest (plain JSON). */

export interface IngestFileReport {
  name: string;
  path: string | null;
  outcome: 'ingested' | 'quarantined' | 'duplicate' | 'already-received' | 'unreadable';
  fileId?: number;
  sha256?: string;
  verdict?: string;
  documents: number;
  errors: number;
  warnings: number;
  message?: string;
}

export interface IngestSummaryPayload {
  files: number;
  ingested: number;
  transactions: number;
  duplicates: number;
  quarantined: number;
  unreadable: number;
  errors: number;
  warnings: number;
  newPartners: number;
  duplicateControlNumbers: number;
  bytes: number;
  seconds: number;
  cancelled: boolean;
  reports: IngestFileReport[];
}

export interface IngestFinished {
  taskId: string;
  summary: IngestSummaryPayload;
}
