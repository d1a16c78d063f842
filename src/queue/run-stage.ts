/**
 * The shared body of every stage processor: mark the record, do the stage's one library call,
 * hand off to the next stage (or finish the record), and turn errors into BullMQ's terms.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { SandboxedJob } from 'bullmq';
import { failJob } from './fail-job.js';
import { completeRecord } from './finish-record.js';
import { enqueueStage, nextStage, type Stage, type StageJobData } from './open-queues.js';
import { sandboxContext, type PipelineContext } from './pipeline-context.js';

/** Progress (0-100) reported when a stage starts. */
const STAGE_PROGRESS: Record<Stage, number> = { parse: 10, extract: 40, decide: 80 };

/** What a stage returns to BullMQ: small, no record text. */
export interface StageResult {
  readonly id: string;
  readonly stage: Stage;
  readonly ms: number;
}

/**
 * What a stage's work may return: nothing when the record moves on to the next stage, `waiting`
 * when other jobs carry it on (a long scan's OCR jobs and the assemble job that waits for them).
 */
export type StageOutcome = void | 'waiting';

/**
 * Runs `work` for the record of `job` as stage `stage`.
 *
 * Typed bad-input errors (not retryable) fail the record at once through UnrecoverableError;
 * retryable ones are rethrown for BullMQ's exponential backoff, and the record is marked failed
 * only on the last attempt. The thrown error carries `code` so the parent can log it.
 */
export async function runStage(
  job: SandboxedJob<StageJobData>,
  stage: Stage,
  work: (ctx: PipelineContext, id: string) => Promise<StageOutcome>,
): Promise<StageResult> {
  const ctx = sandboxContext();
  const { id } = job.data;
  const started = performance.now();
  // A finished record is never reopened, e.g. by a hand-off replayed after a crash.
  const before = await ctx.store.readState(id);
  if (before?.status === 'completed' || before?.status === 'failed') {
    // A decide job killed inside completeRecord (state written, results entry or callback not
    // yet) comes back as a stalled job: finish those hand-offs, both idempotent, instead of
    // returning early and never publishing the record (found by test/reliability/faults).
    if (before.status === 'completed' && stage === 'decide') await completeRecord(ctx, id);
    return { id, stage, ms: 0 };
  }
  await ctx.store.updateState(id, { status: 'processing', stage, progress: STAGE_PROGRESS[stage] });
  if (ctx.config.stageDelayMs > 0) await sleep(ctx.config.stageDelayMs);
  let outcome: StageOutcome;
  try {
    outcome = await work(ctx, id);
  } catch (err) {
    return failJob(ctx, job, err);
  }
  if (outcome === 'waiting') return { id, stage, ms: Math.round(performance.now() - started) };
  const next = nextStage(stage);
  if (next) {
    await ctx.store.updateState(id, { stage: next });
    await enqueueStage(ctx.queues, ctx.config, next, id);
  } else await completeRecord(ctx, id);
  return { id, stage, ms: Math.round(performance.now() - started) };
}
