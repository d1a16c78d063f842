/** Sandboxed processor of the `decide` queue: the contract's facts JSON → decision document. */
import { decideFacts } from '../src/decide-facts.js';
import { ChartfactsError } from '../src/errors/chartfacts-error.js';
import type { StageJobData } from '../src/queue/open-queues.js';
import { runStage, type StageJob, type StageResult } from '../src/queue/run-stage.js';
import { factsDocumentSchema } from '../src/types/facts.js';

export default function decide(job: StageJob<StageJobData>): Promise<StageResult> {
  return runStage(job, 'decide', async ({ store }, id) => {
    // Facts cross the stage boundary as contract JSON, so they are checked against the contract.
    const parsed = factsDocumentSchema.safeParse(await store.readResult(id, 'facts'));
    if (!parsed.success) throw new ChartfactsError('invalid_facts');
    await store.writeResult(id, 'decision', decideFacts(parsed.data));
  });
}
