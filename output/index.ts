/** The files an ingest writes into its output folder (streamed by pipeline/write.ts). */
export const OUTPUT_FILES = { records: 'records.jsonl', manifest: 'manifest.jsonl' } as const;

export { TABLES, csvHeader, csvRows, type Table } from './csv.js';
export { writeAtomic } from './atomic.js';
