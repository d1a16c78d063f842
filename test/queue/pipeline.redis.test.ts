/** The queued pipeline end to end against a real redis-server and real worker processes. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { factsDocumentSchema } from '../../src/types/facts.js';
import { decisionDocumentSchema } from '../../src/types/decision.js';
import { signCallback } from '../../src/queue/sign-callback.js';
import { processFile, shutdownProcessing } from '../../src/process-file.js';
import { decideFacts } from '../../src/decide-facts.js';
import { join } from 'node:path';
import { FIXTURES, fixture, getJson, isFinished, startCallbackReceiver, startHarness, streamIds, upload, waitForRecord, CALLBACK_SECRET, TOKEN, type Harness } from './harness.js';

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
// PNG signature and the start of an IHDR chunk: binary, not a PDF, whatever the name says.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);

let h: Harness;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;

beforeAll(async () => {
  h = await startHarness();
  receiver = await startCallbackReceiver();
  h.startWorker();
});

afterAll(async () => {
  await receiver?.close();
  await h?.stop();
  await shutdownProcessing();
});

describe('upload → parse → extract → decide', () => {
  it('returns 202 with the sha256 id, then facts and a decision that match the contract', async () => {
    const bytes = await fixture('imr-01.txt');
    const res = await upload(h, bytes, 'imr-01.txt', { callbackUrl: receiver.url });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { id: string; status: string; statusUrl: string };
    expect(body.id).toBe(sha256(bytes));
    expect(body.statusUrl).toBe(`/v1/records/${body.id}`);
    expect(['queued', 'processing']).toContain(body.status);

    const done = await waitForRecord(h, body.id, isFinished);
    expect({ status: done.status, error: done.error }).toEqual({ status: 'completed', error: null });
    expect(done.stage).toBe('done');
    expect(done.progress).toBe(100);
    expect(done.error).toBeNull();
    const facts = factsDocumentSchema.parse(done.facts);
    expect(facts.document.id).toBe(body.id);
    expect(facts.requests.length).toBeGreaterThan(0);
    const decision = decisionDocumentSchema.parse(done.decision);
    expect(decision.documentId).toBe(body.id);
    expect(decision.decisions).toHaveLength(facts.requests.length);
    // The queue is a transport: it must give exactly what the library gives in-process.
    const local = await processFile(join(FIXTURES, 'imr-01.txt'));
    expect(facts).toEqual({ ...local, document: { ...local.document, fileName: 'imr-01.txt' } });
    expect(decision).toEqual(decideFacts(local));

    expect((await getJson(h, `/v1/records/${body.id}/facts`)).body).toEqual(done.facts);
    expect((await getJson(h, `/v1/records/${body.id}/decision`)).body).toEqual(done.decision);
    expect(await streamIds(h)).toContain(body.id);

    // The callback arrives once, signed over the exact body.
    const deadline = Date.now() + 20_000;
    while (receiver.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(receiver.received).toHaveLength(1);
    const [call] = receiver.received;
    expect(JSON.parse(call!.body)).toEqual({ id: body.id, status: 'completed', error: null });
    expect(call!.signature).toBe(signCallback(CALLBACK_SECRET, call!.body));
  });

  it('gives the same id for the same bytes and publishes one result', async () => {
    const bytes = await fixture('imr-02.txt');
    const first = (await (await upload(h, bytes, 'a.txt')).json()) as { id: string };
    const second = (await (await upload(h, bytes, 'b.txt')).json()) as { id: string };
    expect(second.id).toBe(first.id);
    expect((await waitForRecord(h, first.id, isFinished)).error).toBeNull();
    const third = await upload(h, bytes, 'c.txt');
    expect(third.status).toBe(202);
    expect(((await third.json()) as { status: string }).status).toBe('completed');
    await new Promise((r) => setTimeout(r, 500));
    expect((await streamIds(h)).filter((id) => id === first.id)).toHaveLength(1);
  });

  it('streams stage changes as server-sent events until the record finishes', async () => {
    const bytes = await fixture('rec-01.txt');
    const { id } = (await (await upload(h, bytes, 'rec-01.txt')).json()) as { id: string };
    const res = await fetch(`${h.baseUrl}/v1/records/${id}/events`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text();
    const states = text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)) as { status: string });
    expect(states.length).toBeGreaterThan(0);
    expect(states.at(-1)!.status).toBe('completed');
  });
});

describe('bad input', () => {
  it('refuses PNG bytes named .pdf with 415 not_pdf, storing nothing', async () => {
    const res = await upload(h, PNG, 'scan.pdf');
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: { code: 'not_pdf', message: expect.any(String) } });
    expect((await getJson(h, `/v1/records/${sha256(PNG)}`)).status).toBe(404);
  });

  it('refuses an empty upload and a multipart body without a file', async () => {
    expect((await upload(h, new Uint8Array(0), 'empty.txt')).status).toBe(422);
    const form = new FormData();
    form.append('note', 'x');
    const res = await fetch(`${h.baseUrl}/v1/records`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(400);
  });

  it('refuses a callback URL off the allowlist', async () => {
    const res = await upload(h, Buffer.from('some record text for the allowlist test\n'), 'x.txt', { callbackUrl: 'http://169.254.169.254/latest' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_options');
  });

  it('fails a record with its code at once, without retries, and lists it among failures', async () => {
    // Text bytes pass the upload check but hold no letter or digit: ingest says empty_document.
    const bytes = Buffer.from('--- . --- . ---\n\f ... \n', 'utf8');
    const { id } = (await (await upload(h, bytes, 'blank.txt')).json()) as { id: string };
    const done = await waitForRecord(h, id, isFinished);
    expect(done.status).toBe('failed');
    expect(done.error?.code).toBe('empty_document');
    expect(done.facts).toBeNull();
    const parse = new Queue('parse', { connection: h.client, prefix: h.config.prefix });
    const job = await parse.getJob(id);
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toMatch(/^empty_document: /);
    await parse.close();
    const failed = await getJson<{ records: { id: string; error: { code: string } }[] }>(h, '/v1/records?status=failed');
    expect(failed.body.records).toContainEqual(expect.objectContaining({ id, error: expect.objectContaining({ code: 'empty_document' }) }));
  });
});
