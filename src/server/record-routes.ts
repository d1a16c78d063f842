/** The /v1/records routes: upload, status with results, results alone, events, failures. */
import { rm } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { ChartfactsError, isChartfactsError } from '../errors/chartfacts-error.js';
import { asStorageError } from '../queue/as-storage-error.js';
import type { Queues } from '../queue/open-queues.js';
import { failedSetKey } from '../queue/publish-result.js';
import type { QueueConfig } from '../queue/queue-config.js';
import { isRecordId, type RecordStore } from '../queue/record-store.js';
import { isAllowedCallback } from '../queue/sign-callback.js';
import { submitRecord } from '../queue/submit-record.js';
import { receiveUpload, type ReceivedUpload } from './receive-upload.js';
import { streamRecordEvents } from './stream-record-events.js';
import { toFhirBundle } from '../export/to-fhir-bundle.js';
import { loadLexicons } from '../lexicons/load-lexicons.js';
import type { FactsDocument } from '../types/facts.js';

export interface RecordRouteDeps {
  readonly config: QueueConfig;
  readonly store: RecordStore;
  readonly queues: Queues;
  readonly redis: Redis;
}

/** Error body for catalogue errors: `{error: {code, message}}` with the code's HTTP status. */
export function sendError(reply: FastifyReply, err: ChartfactsError): FastifyReply {
  return reply.code(err.httpStatus).send({ error: err.toJSON() });
}

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'sha256 hex of the uploaded bytes' } },
} as const;

const errorSchema = {
  type: ['object', 'null'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
} as const;

const recordSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['queued', 'processing', 'completed', 'failed'] },
    stage: { type: 'string', enum: ['parse', 'extract', 'decide', 'done'] },
    progress: { type: 'integer', minimum: 0, maximum: 100 },
    error: errorSchema,
    facts: { type: ['object', 'null'], additionalProperties: true, description: 'facts document (contract v1) once extracted' },
    decision: { type: ['object', 'null'], additionalProperties: true, description: 'decision document once decided' },
  },
} as const;

async function readUpload(req: FastifyRequest, deps: RecordRouteDeps): Promise<{ upload: ReceivedUpload; fileName: string; callbackUrl: string | null }> {
  let upload: ReceivedUpload | undefined;
  let fileName = 'upload';
  let callbackUrl: string | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || upload) {
        part.file.resume();
        continue;
      }
      fileName = part.filename || 'upload';
      upload = await receiveUpload(part.file, await deps.store.tempPath(), deps.config.maxUploadBytes);
    } else if (part.fieldname === 'callbackUrl' && typeof part.value === 'string' && part.value !== '') {
      callbackUrl = part.value;
    }
  }
  if (!upload) throw new ChartfactsError('invalid_options', 'the multipart body has no "file" part');
  return { upload, fileName, callbackUrl };
}

/** Registers the record routes on `app`. */
export function registerRecordRoutes(app: FastifyInstance, deps: RecordRouteDeps): void {
  const { config, store, queues } = deps;
  // Only a connection that was up and dropped means an outage; while the first connect is still
  // under way, uploads wait for it as before.
  let redisWasReady = deps.redis.status === 'ready';
  deps.redis.on('ready', () => {
    redisWasReady = true;
  });

  app.post('/v1/records', {
    schema: {
      summary: 'Upload a record (multipart field "file": PDF or UTF-8 .txt; optional field "callbackUrl")',
      consumes: ['multipart/form-data'],
      response: {
        202: { type: 'object', properties: { id: { type: 'string' }, status: { type: 'string' }, statusUrl: { type: 'string' } } },
        '4xx': { type: 'object', additionalProperties: true },
        503: { type: 'object', additionalProperties: true },
        507: { type: 'object', additionalProperties: true },
      },
    },
  }, async (req, reply) => {
    if (!req.isMultipart()) return sendError(reply, new ChartfactsError('invalid_options', 'send the file as multipart/form-data in a field named "file"'));
    let received;
    try {
      received = await readUpload(req, deps);
    } catch (err) {
      const typed = asStorageError(err);
      if (isChartfactsError(typed)) return sendError(reply, typed);
      throw err;
    }
    const { upload, fileName, callbackUrl } = received;
    if (callbackUrl !== null && !isAllowedCallback(callbackUrl, config.callbackHosts)) {
      await rm(upload.tempFile, { force: true });
      return sendError(reply, new ChartfactsError('invalid_options', 'callbackUrl must be an http(s) URL on a host in CHARTFACTS_CALLBACK_HOSTS'));
    }
    const { id } = upload;
    try {
      await store.adoptUpload(upload.tempFile, id, { fileName, size: upload.size, type: upload.type, callbackUrl });
    } catch (err) {
      // A full disk: the store undid its half-made record; say so with 507 storage_full.
      await rm(upload.tempFile, { force: true });
      if (isChartfactsError(err)) return sendError(reply, err);
      throw err;
    }
    // Enqueues a new record (or one whose earlier enqueue failed), retries one that failed for a
    // transient reason; see submitRecord.
    let state;
    try {
      // While Redis is away, say so at once rather than after the connection's reconnect tries
      // (1-8 s per upload, measured by test/reliability/faults/redis-outage.test.ts).
      if (redisWasReady && deps.redis.status !== 'ready') throw new Error('redis is not connected');
      state = await submitRecord(deps, id);
    } catch (err) {
      if (isChartfactsError(err)) return sendError(reply, err);
      // The upload is stored; the same POST again enqueues it once Redis is back.
      return sendError(reply.header('retry-after', '5'), new ChartfactsError('queue_unavailable'));
    }
    req.log.info({ id, size: upload.size, type: upload.type }, 'record accepted');
    return reply.code(202).send({ id, status: state?.status ?? 'queued', statusUrl: `/v1/records/${id}` });
  });

  app.get('/v1/records', {
    schema: {
      summary: 'List failed records with their error codes (newest first)',
      querystring: { type: 'object', properties: { status: { type: 'string', enum: ['failed'] }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } } },
    },
  }, async (req) => {
    const { limit } = req.query as { limit: number };
    const ids = await deps.redis.zrevrange(failedSetKey(config), 0, limit - 1);
    const states = await Promise.all(ids.map((id) => store.readState(id)));
    return { records: states.filter((s) => s !== null).map((s) => ({ id: s.id, status: s.status, error: s.error, updatedAt: s.updatedAt })) };
  });

  app.get('/v1/records/:id', { schema: { summary: 'Status of a record, with facts and decision once ready', params: idParams, response: { 200: recordSchema, 404: { type: 'object', additionalProperties: true } } } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const state = await store.readState(id);
    if (!state) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no record with this id' });
    const [facts, decision] = await Promise.all([store.readResult(id, 'facts'), store.readResult(id, 'decision')]);
    return { id, status: state.status, stage: state.stage, progress: state.progress, error: state.error, facts, decision };
  });

  for (const name of ['facts', 'decision'] as const) {
    app.get(`/v1/records/:id/${name}`, { schema: { summary: `The ${name} document of a record (409 until ready)`, params: idParams } }, async (req, reply) => {
      const { id } = req.params as { id: string };
      const state = await store.readState(id);
      if (!state) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no record with this id' });
      const doc = await store.readResult(id, name);
      if (doc === null) return reply.code(409).send({ statusCode: 409, error: 'Conflict', message: `${name} not ready`, status: state.status, recordError: state.error });
      return doc;
    });
  }

  app.get('/v1/records/:id/fhir', { schema: { summary: 'The facts as a FHIR R4 Bundle of type collection (409 until facts are ready); see docs/export.md', params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const state = await store.readState(id);
    if (!state) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no record with this id' });
    const facts = await store.readResult<FactsDocument>(id, 'facts');
    if (facts === null) return reply.code(409).send({ statusCode: 409, error: 'Conflict', message: 'facts not ready', status: state.status, recordError: state.error });
    return reply.type('application/fhir+json; charset=utf-8').send(toFhirBundle(facts, loadLexicons()));
  });

  app.get('/v1/records/:id/events', { schema: { summary: 'Server-sent events of stage changes until the record completes or fails', params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!isRecordId(id) || !(await store.readState(id))) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no record with this id' });
    await streamRecordEvents(req, reply, store, id);
  });
}
