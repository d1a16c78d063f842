/** Sandboxed processor of the `parse` queue: uploaded bytes → raw pages (text layer or OCR). */
import { readFile } from 'node:fs/promises';
import type { SandboxedJob } from 'bullmq';
import { ingestBuffer } from '../src/stages/01-ingest/ingest-file.js';
import type { StageJobData } from '../src/queue/open-queues.js';
import { runStage, type StageResult } from '../src/queue/run-stage.js';

export default function parse(job: SandboxedJob<StageJobData>): Promise<StageResult> {
  return runStage(job, 'parse', async ({ store }, id) => {
    const meta = await store.readMeta(id);
    const ingest = await ingestBuffer(await readFile(store.uploadPath(id)), meta?.fileName ?? 'upload');
    await store.writeResult(id, 'pages', ingest);
  });
}
