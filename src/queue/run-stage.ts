/**
 * The shared body of every stage processor: mark the record, do the stage's one library call,
 * hand off to the next stage (or finish the record), and turn errors into BullMQ's terms.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { failJob } from './fail-job.js';
import { completeRecord } from './finish-record.js';
import { enqueueStage, nextStage, type Stage, type StageJobData } from './open-queues.js';
import { sandboxContext, type PipelineContext } from './pipeline-context.js';
import { isFinished } from './record-store.js';

/** Progress (0-100) reported when a stage starts. */
const STAGE_PROGRESS: Record<Stage, number> = { parse: 10, extract: 40, decide: 80 };

/**
 * What a stage runner needs of a BullMQ job: satisfied both by the job a sandboxed processor
 * receives and by a `Job` in the worker process (the decide stage runs there).
 */
export interface StageJob<T extends StageJobData = StageJobData> {
  readonly name: string;
  readonly data: T;
  readonly attemptsMade: number;
  readonly opts: { readonly attempts?: number };
}

/** What a stage returns to BullMQ: small, no record text. */
export interface StageResult {
  readonly id: string;
  readonly stage: Stage;
  /** Wall-clock time of the stage's work and bookkeeping. */
  readonly ms: number;
  /**
   * CPU time of this sandboxed process (all its threads, the PDF parser's included) over the
   * same span: a sandboxed processor runs one job at a time, so it is this job's. Unlike `ms` it
   * does not grow when other processes compete for the cores.
   */
  readonly cpuMs: number;
  /** The part of `cpuMs` spent in the stage's own work (the rest is state, storage and hand-off). */
  readonly workCpuMs: number;
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
  job: StageJob,
  stage: Stage,
  work: (ctx: PipelineContext, id: string) => Promise<StageOutcome>,
): Promise<StageResult> {
  const ctx = sandboxContext();
  const { id } = job.data;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let workCpuMs = 0;
  const cpuMsSince = (from: NodeJS.CpuUsage): number => {
    const cpu = process.cpuUsage(from);
    return (cpu.user + cpu.system) / 1000;
  };
  const result = (): StageResult => ({ id, stage, ms: Math.round(performance.now() - started), cpuMs: Math.round(cpuMsSince(cpu0)), workCpuMs: Math.round(workCpuMs) });
  // A finished record is never reopened, e.g. by a hand-off replayed after a crash or a stalled
  // duplicate of an earlier stage: the store refuses to write over a finished state and returns it.
  const claimed = await ctx.store.updateState(id, { status: 'processing', stage, progress: STAGE_PROGRESS[stage] });
  if (isFinished(claimed)) {
    // A decide job killed inside completeRecord (state written, results entry or callback not
    // yet) comes back as a stalled job: finish those hand-offs, both idempotent, instead of
    // returning early and never publishing the record (found by test/reliability/faults).
    if (claimed.status === 'completed' && stage === 'decide') await completeRecord(ctx, id);
    return { id, stage, ms: 0, cpuMs: 0, workCpuMs: 0 };
  }
  if (ctx.config.stageDelayMs > 0) await sleep(ctx.config.stageDelayMs);
  let outcome: StageOutcome;
  const workCpu0 = process.cpuUsage();
  try {
    outcome = await work(ctx, id);
  } catch (err) {
    return failJob(ctx, job, err);
  }
  workCpuMs = cpuMsSince(workCpu0);
  if (outcome === 'waiting') return result();
  const next = nextStage(stage);
  if (next) {
    await ctx.store.updateState(id, { stage: next });
    await enqueueStage(ctx.queues, ctx.config, next, id);
  } else await completeRecord(ctx, id);
  return result();
}
