import type { ChartfactsError } from '../errors/chartfacts-error.js';
import { callbackJobOptions } from './open-queues.js';
import type { PipelineContext } from './pipeline-context.js';
import { failedSetKey, publishResult } from './publish-result.js';
import type { RecordState } from './record-store.js';

/**
 * One callback per try of the record: the first under the record id, a retried record's under
 * `<id>-r<retries>`, so the outcome of a retry is delivered even though the first failure was.
 */
async function queueCallback(ctx: PipelineContext, state: RecordState): Promise<void> {
  const { id } = state;
  const meta = await ctx.store.readMeta(id);
  const jobId = state.retries ? `${id}-r${state.retries}` : id;
  if (meta?.callbackUrl) await ctx.queues.callback.add('callback', { id }, callbackJobOptions(ctx.config, jobId));
}

/**
 * Marks a record completed, queues its callback and publishes it on the results stream. Safe to
 * repeat after a crash: the callback job id and the publish marker make each happen once. A
 * record that failed first stays failed (its failure callback has gone out) and is not published.
 */
export async function completeRecord(ctx: PipelineContext, id: string): Promise<RecordState> {
  const state = await ctx.store.updateState(id, { status: 'completed', stage: 'done', progress: 100, error: null });
  if (state.status !== 'completed') return state;
  await queueCallback(ctx, state);
  await publishResult(ctx.redis, ctx.config, id);
  return state;
}

/** Marks a record failed with its error code, lists it among failures and queues its callback. */
export async function failRecord(ctx: PipelineContext, id: string, error: ChartfactsError): Promise<RecordState> {
  const current = await ctx.store.readState(id);
  if (current?.status === 'failed' || current?.status === 'completed') return current;
  const state = await ctx.store.updateState(id, { status: 'failed', error: error.toJSON() });
  // Completed in the meantime by another job: the store kept that state.
  if (state.status !== 'failed') return state;
  await ctx.redis.zadd(failedSetKey(ctx.config), Date.now(), id);
  await queueCallback(ctx, state);
  return state;
}
