/**
 * Sandboxed processor of the `parse` queue: uploaded bytes → raw pages (text layer or OCR), and
 * the assemble step of a long scan whose OCR pages were fanned out.
 */
import type { SandboxedJob } from 'bullmq';
import type { StageJobData } from '../src/queue/open-queues.js';
import { parseRecord } from '../src/queue/parse-record.js';
import type { StageResult } from '../src/queue/run-stage.js';

export default function parse(job: SandboxedJob<StageJobData>): Promise<StageResult> {
  return parseRecord(job);
}
