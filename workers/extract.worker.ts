/** Sandboxed processor of the `extract` queue: raw pages → the contract's facts document. */
import type { SandboxedJob } from 'bullmq';
import { ChartfactsError } from '../src/errors/chartfacts-error.js';
import { factsFromIngest } from '../src/process-file.js';
import type { StageJobData } from '../src/queue/open-queues.js';
import { runStage, type StageResult } from '../src/queue/run-stage.js';
import type { IngestResult } from '../src/types/pipeline.js';

export default function extract(job: SandboxedJob<StageJobData>): Promise<StageResult> {
  return runStage(job, 'extract', async ({ store }, id) => {
    const ingest = await store.readResult<IngestResult>(id, 'pages');
    // The parse stage stores pages before handing off, so their absence is a broken record folder.
    if (!ingest) throw new ChartfactsError('internal_error', 'parsed pages are missing from the data directory');
    await store.writeResult(id, 'facts', factsFromIngest(ingest));
  });
}
