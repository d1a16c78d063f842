import type { PipelineContext } from './pipeline-context.js';
import { isAllowedCallback, signCallback, SIGNATURE_HEADER } from './sign-callback.js';

/** Per-try limit on a callback POST; a slow receiver is retried later rather than waited on. */
const CALLBACK_TIMEOUT_MS = 10_000;

/**
 * POSTs `{id, status, error}` to the record's callback URL with an HMAC-SHA256 signature header.
 * Throws on a network error or a non-2xx answer so the job is retried with backoff. A URL that
 * is (no longer) on the allowlist is dropped, not retried, and so is a record no longer finished.
 * @returns the HTTP status, or null when nothing was sent.
 */
export async function deliverCallback(ctx: PipelineContext, id: string): Promise<number | null> {
  const [meta, state] = await Promise.all([ctx.store.readMeta(id), ctx.store.readState(id)]);
  const url = meta?.callbackUrl;
  if (!url || !state || !ctx.config.callbackSecret || !isAllowedCallback(url, ctx.config.callbackHosts)) return null;
  // A record re-uploaded for a retry since this callback was queued reports its final outcome
  // through a callback of its own.
  if (state.status !== 'completed' && state.status !== 'failed') return null;
  const body = JSON.stringify({ id, status: state.status, error: state.error });
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signCallback(ctx.config.callbackSecret, body) },
    body,
    signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`callback answered HTTP ${res.status}`);
  return res.status;
}
