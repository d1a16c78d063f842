/** GET /v1/records/:id/fhir: 404 unknown, 409 before facts exist, then the facts as a FHIR R4 Bundle. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordStore } from '../../src/queue/record-store.js';
import { extractFactsFromText } from '../../src/pipeline.js';
import { checkFhirBundle } from '../../src/export/check-fhir-bundle.js';
import { FIXTURES, TOKEN, getJson, startHarness, upload, type Harness } from '../queue/harness.js';
import { lex } from '../helpers/docs.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(); // no workers: the record stays queued until the test writes its facts
});
afterAll(async () => {
  await h?.stop();
});

describe('GET /v1/records/:id/fhir', () => {
  it('answers 401 without a token and 404 for an unknown record', async () => {
    expect((await fetch(`${h.baseUrl}/v1/records/${'b'.repeat(64)}/fhir`)).status).toBe(401);
    expect((await getJson(h, `/v1/records/${'b'.repeat(64)}/fhir`)).status).toBe(404);
  });

  it('answers 409 until the facts exist, then a bundle that passes the structural checks', async () => {
    const text = readFileSync(join(FIXTURES, 'imr-02.txt'), 'utf8');
    const res = await upload(h, Buffer.from(text, 'utf8'), 'imr-02.txt');
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const before = await getJson<{ message: string; status: string }>(h, `/v1/records/${id}/fhir`);
    expect(before.status).toBe(409);
    expect(before.body).toMatchObject({ message: 'facts not ready', status: 'queued' });

    const facts = extractFactsFromText(text, 'imr-02.txt', lex);
    expect(facts.document.id).toBe(id);
    await createRecordStore(h.config.dataDir).writeResult(id, 'facts', facts);
    const after = await fetch(`${h.baseUrl}/v1/records/${id}/fhir`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(after.status).toBe(200);
    expect(after.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const bundle = (await after.json()) as { entry: { resource: { resourceType: string } }[] };
    expect(checkFhirBundle(bundle)).toEqual([]);
    expect(bundle.entry.filter((e) => e.resource.resourceType === 'ServiceRequest')).toHaveLength(facts.requests.length);
  });
});
