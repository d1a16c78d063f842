import { upload, type Harness } from '../../queue/harness.js';

export interface UploadOutcome {
  /** HTTP status of the last try. */
  readonly status: number;
  /** Record id when accepted (202). */
  readonly id: string | null;
  /** Error code of a `{error: {code}}` body, if any. */
  readonly code: string | null;
}

/** Uploads every record as `r<i>.txt`, `parallel` at a time, in order of index. */
export async function uploadAll(h: Harness, records: readonly Buffer[], parallel = 8, fields: Record<string, string> = {}): Promise<UploadOutcome[]> {
  const out: UploadOutcome[] = new Array(records.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (;;) {
      const i = next++;
      if (i >= records.length) return;
      const res = await upload(h, records[i]!, `r${i}.txt`, fields);
      const body = (await res.json().catch(() => ({}))) as { id?: string; error?: { code?: string } };
      out[i] = { status: res.status, id: res.status === 202 ? (body.id ?? null) : null, code: body.error?.code ?? null };
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return out;
}
