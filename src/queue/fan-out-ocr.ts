/**
 * Spreads a long scan's OCR over the `ocr` queue: one BullMQ flow whose children recognize a few
 * pages each and whose parent, the assemble job on the parse queue, runs once every child is done.
 */
import { ASSEMBLE_JOB, OCR_QUEUE, recordRef, stageJobOptions, type OcrJobData } from './open-queues.js';
import type { PipelineContext } from './pipeline-context.js';

/** Splits `pages` into runs of at most `size`. */
function batches(pages: readonly number[], size: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < pages.length; i += size) out.push(pages.slice(i, i + size));
  return out;
}

/**
 * Adds the OCR jobs of `pages` for record `id` and the assemble job that waits for them. Job ids
 * derive from the record's sha256 and the first page of each batch (`<sha256>-ocr-<page>`,
 * `<sha256>-assemble`), so a parse job replayed after a crash adds nothing new. A child that fails
 * for good fails the assemble job too (`failParentOnFailure`) instead of leaving it waiting.
 */
export async function fanOutOcr(ctx: PipelineContext, id: string, pages: readonly number[]): Promise<number> {
  const { config } = ctx;
  const ref = recordRef(id);
  const children = batches(pages, config.ocrBatchPages).map((batch) => ({
    name: OCR_QUEUE,
    queueName: OCR_QUEUE,
    data: { id, ref, pages: batch } satisfies OcrJobData,
    opts: { ...stageJobOptions(config, `${id}-ocr-${batch[0]!}`), failParentOnFailure: true },
  }));
  await ctx.flows.add({
    name: ASSEMBLE_JOB,
    queueName: 'parse',
    data: { id, ref, pages } satisfies OcrJobData,
    opts: stageJobOptions(config, `${id}-${ASSEMBLE_JOB}`),
    children,
  });
  return children.length;
}
