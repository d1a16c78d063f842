import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RecordState, RecordStore } from '../queue/record-store.js';

/** How often the record's state is looked at; stage changes are seconds apart at most. */
const POLL_MS = 200;
/** Comment lines keep proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

function view(s: RecordState): { id: string; status: string; stage: string; progress: number; error: RecordState['error'] } {
  return { id: s.id, status: s.status, stage: s.stage, progress: s.progress, error: s.error };
}

/**
 * Server-sent events of a record's stage changes: one `state` event per change
 * (`{id,status,stage,progress,error}`), ending after `completed` or `failed`. The state is read
 * from the shared data directory, so events flow whichever machine ran the stage.
 */
export async function streamRecordEvents(req: FastifyRequest, reply: FastifyReply, store: RecordStore, id: string): Promise<void> {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  let last = '';
  let closed = false;
  let seq = 0;
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  const finish = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    res.end();
  };
  req.raw.on('close', finish);
  while (!closed) {
    const state = await store.readState(id).catch(() => null);
    if (state) {
      const data = JSON.stringify(view(state));
      if (data !== last) {
        last = data;
        res.write(`id: ${++seq}\nevent: state\ndata: ${data}\n\n`);
      }
      if (state.status === 'completed' || state.status === 'failed') break;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  finish();
}
