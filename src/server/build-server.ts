/**
 * The upload API: fastify with multipart uploads, bearer-token auth on everything but the health
 * probes, an OpenAPI document at /docs and the bull-board queue dashboard at /admin/queues.
 */
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createRedisConnection } from '../queue/create-redis-connection.js';
import { openQueues } from '../queue/open-queues.js';
import { failedSetKey } from '../queue/publish-result.js';
import type { QueueConfig } from '../queue/queue-config.js';
import { createRecordStore } from '../queue/record-store.js';
import { checkBearer } from './check-bearer.js';
import { registerRecordRoutes } from './record-routes.js';
import { registerRateLimit } from './register-rate-limit.js';
import { handleServerError } from './handle-server-error.js';
import { registerReviewPage } from './ui/register-review-page.js';

export interface ServerOptions {
  readonly config: QueueConfig;
  /** Accepted bearer tokens (CHARTFACTS_TOKENS); with none, every protected route answers 401. */
  readonly tokens: readonly string[];
  readonly logger: Logger;
  /** How often finished records past retention are deleted. Default hourly; 0 disables. */
  readonly sweepEveryMs?: number;
  /** Requests per minute per token; default `CHARTFACTS_RATE_LIMIT` or 6000; 0 turns the limit off. */
  readonly rateLimitPerMinute?: number;
}

export interface ApiServer {
  readonly app: FastifyInstance;
  /** Deletes finished records older than the retention (data directory and failure list). @returns records deleted. */
  sweep(now?: Date): Promise<number>;
  close(): Promise<void>;
  /** Every route registered (method, URL pattern), so tests can check each one's auth. */
  readonly routes: readonly { readonly method: string; readonly url: string }[];
}

const PUBLIC_PATHS = new Set(['/healthz', '/readyz']);

/** Builds (but does not listen) the API server with its own Redis connection and queues. */
export async function buildServer(options: ServerOptions): Promise<ApiServer> {
  const { config, tokens } = options;
  const redis = createRedisConnection(config, 'producer');
  redis.on('error', (err) => options.logger.warn({ err: err.message }, 'redis connection error'));
  const queues = openQueues(config, redis);
  const store = createRecordStore(config.dataDir);
  const app = Fastify({ loggerInstance: options.logger, bodyLimit: 1024 * 1024 }) as unknown as FastifyInstance;
  // Typed answers for framework errors, and logs that never carry an error's payload (file names).
  app.setErrorHandler(handleServerError);
  const routes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });

  app.addHook('onRequest', async (req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (PUBLIC_PATHS.has(path)) return;
    if (checkBearer(req.headers.authorization, tokens)) return;
    // Browsers get a login prompt for the HTML pages; the password is a token.
    if (path.startsWith('/docs') || path.startsWith('/admin')) reply.header('www-authenticate', 'Basic realm="chartfacts"');
    else reply.header('www-authenticate', 'Bearer realm="chartfacts"');
    return reply.code(401).send({ statusCode: 401, error: 'Unauthorized', message: 'a valid bearer token is required (Authorization: Bearer <token>)' });
  });

  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 4, fieldSize: 4096 } });
  await registerRateLimit(app, options.rateLimitPerMinute);
  await app.register(swagger, {
    openapi: {
      info: { title: 'chartfacts', version: '1', description: 'Evidence-linked facts from workers\' compensation medical records, through a queue.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.get('/healthz', { schema: { summary: 'Liveness: the process answers', security: [] } }, async () => ({ ok: true }));
  app.get('/readyz', { schema: { summary: 'Readiness: Redis answers PING', security: [] } }, async (_req, reply) => {
    try {
      await Promise.race([redis.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref())]);
      return { ok: true };
    } catch {
      return reply.code(503).send({ ok: false, reason: 'redis unreachable' });
    }
  });
  registerRecordRoutes(app, { config, store, queues, redis });
  await registerReviewPage(app, PUBLIC_PATHS);

  const board = new FastifyAdapter();
  createBullBoard({ queues: queues.all.map((q) => new BullMQAdapter(q)), serverAdapter: board });
  board.setBasePath('/admin/queues');
  await app.register(board.registerPlugin(), { prefix: '/admin/queues' });

  const sweep = async (now = new Date()): Promise<number> => {
    if (config.retentionHours === 0) return 0;
    const cutoff = new Date(now.getTime() - config.retentionHours * 3600_000);
    const deleted = await store.sweep(cutoff);
    await redis.zremrangebyscore(failedSetKey(config), 0, cutoff.getTime());
    if (deleted > 0) options.logger.info({ deleted }, 'retention sweep deleted records');
    return deleted;
  };
  const every = options.sweepEveryMs ?? 3600_000;
  const timer = every > 0 ? setInterval(() => void sweep().catch((e: unknown) => options.logger.warn({ err: String(e) }, 'retention sweep failed')), every).unref() : undefined;

  return {
    app,
    routes,
    sweep,
    async close() {
      clearInterval(timer);
      await app.close();
      await queues.close();
      redis.disconnect();
    },
  };
}
