/**
 * The pipeline's queues and their job options. A record goes parse → extract → decide by explicit
 * hand-off: each stage, once its result is stored, adds the next stage's job under the same id
 * (the record's sha256), so a retried or duplicated hand-off is ignored by BullMQ.
 */
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { QueueConfig } from './queue-config.js';

export const STAGES = ['parse', 'extract', 'decide'] as const;
/** A pipeline stage; also its queue name. */
export type Stage = (typeof STAGES)[number];
/** Queue of signed result callbacks (I/O only, retried with backoff). */
export const CALLBACK_QUEUE = 'callback';
/** Queue of the OCR jobs a long scan's parse fans out (a few pages each), fanned in by an assemble job. */
export const OCR_QUEUE = 'ocr';
/** Job name, on the parse queue, of the step that gathers fanned-out OCR pages and finishes the parse. */
export const ASSEMBLE_JOB = 'assemble';

/** Payload of every stage job: the record id and where its folder is, never record text. */
export interface StageJobData {
  /** sha256 hex of the uploaded bytes. */
  readonly id: string;
  /** Record folder relative to the data directory, so machines may mount it anywhere. */
  readonly ref: string;
}

/** Payload of an OCR job and of the assemble job: the record and its page numbers, never text. */
export interface OcrJobData extends StageJobData {
  /** 1-based page numbers (to recognize, or to gather). */
  readonly pages: readonly number[];
}

/** Payload of a callback job; the URL is read from the record's metadata at send time. */
export interface CallbackJobData {
  readonly id: string;
}

/** Record folder relative to the data directory (the `ref` of every job payload). */
export function recordRef(id: string): string {
  return `records/${id.slice(0, 2)}/${id}`;
}

/** The stage after `stage`, or null after the last. */
export function nextStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

/** Job options shared by every stage: retries with exponential backoff, bounded retention. */
export function stageJobOptions(config: QueueConfig, id: string): JobsOptions {
  return {
    jobId: id,
    attempts: config.attempts,
    backoff: { type: 'exponential', delay: config.backoffMs },
    removeOnComplete: { age: config.keepCompleted.ageSeconds, count: config.keepCompleted.count },
    removeOnFail: { age: config.keepFailed.ageSeconds, count: config.keepFailed.count },
  };
}

/** Callbacks get more, slower tries: the receiver may be down for minutes. */
export function callbackJobOptions(config: QueueConfig, id: string): JobsOptions {
  return { ...stageJobOptions(config, id), attempts: 8, backoff: { type: 'exponential', delay: 2000 } };
}

export interface Queues {
  readonly parse: Queue<StageJobData>;
  readonly extract: Queue<StageJobData>;
  readonly decide: Queue<StageJobData>;
  readonly callback: Queue<CallbackJobData>;
  readonly ocr: Queue<OcrJobData>;
  /** Every queue, for dashboards and shutdown. */
  readonly all: readonly Queue[];
  close(): Promise<void>;
}

/** Producer-side queues on one shared connection (the caller owns and closes `connection`). */
export function openQueues(config: QueueConfig, connection: Redis): Queues {
  const open = <T>(name: string): Queue<T> => new Queue<T>(name, { connection, prefix: config.prefix });
  const parse = open<StageJobData>('parse');
  const extract = open<StageJobData>('extract');
  const decide = open<StageJobData>('decide');
  const callback = open<CallbackJobData>(CALLBACK_QUEUE);
  const ocr = open<OcrJobData>(OCR_QUEUE);
  const all = [parse, ocr, extract, decide, callback] as Queue[];
  return {
    parse,
    extract,
    decide,
    callback,
    ocr,
    all,
    async close() {
      await Promise.all(all.map((q) => q.close()));
    },
  };
}

/** Adds the job of `stage` for record `id`; a second add with the same id is a no-op. */
export async function enqueueStage(queues: Queues, config: QueueConfig, stage: Stage, id: string): Promise<void> {
  const data: StageJobData = { id, ref: recordRef(id) };
  await queues[stage].add(stage, data, stageJobOptions(config, id));
}
