import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ChartfactsError } from '../errors/chartfacts-error.js';
import { presentedToken } from './presented-token.js';

/**
 * Default requests per minute per token: far above what one client's uploads and status polls
 * need on a two-core box (the pipeline finishes ~12 records/s), low enough that a leaked token
 * cannot flood the queue or scrape results at full network speed.
 */
const DEFAULT_PER_MINUTE = 6000;
/** Probes from orchestrators must never be throttled into a restart. */
const UNLIMITED_PATHS = new Set(['/healthz', '/readyz']);

function perMinuteFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_PER_MINUTE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ChartfactsError('invalid_options', 'CHARTFACTS_RATE_LIMIT must be a whole number of requests per minute (0 turns the limit off)');
  return n;
}

/** Bucket of a request: its token's hash (never the token itself), else its address. */
function bucketOf(req: FastifyRequest): string {
  const token = presentedToken(req.headers.authorization);
  return token === null ? `ip:${req.ip}` : `token:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`;
}

/**
 * Limits each bearer token to `perMinute` requests per rolling minute (`CHARTFACTS_RATE_LIMIT`
 * when not given; default 6000; 0 turns it off). Past the limit the API answers 429 with
 * `Retry-After` in seconds and `x-ratelimit-*` headers. Register before the routes: the limit is
 * attached to each route as it is added. Requests without a valid token are refused by the auth
 * hook before they reach the limiter, so they never use up a real token's budget.
 *
 * @throws ChartfactsError `invalid_options` for a bad `CHARTFACTS_RATE_LIMIT`.
 */
export async function registerRateLimit(app: FastifyInstance, perMinute = perMinuteFromEnv(process.env['CHARTFACTS_RATE_LIMIT'])): Promise<void> {
  if (perMinute === 0) return;
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: bucketOf,
    allowList: (req) => UNLIMITED_PATHS.has(req.url.split('?')[0] ?? ''),
    errorResponseBuilder: (_req, context) => ({
      statusCode: 429,
      error: 'Too Many Requests',
      message: `more than ${context.max} requests a minute with this token; retry in ${context.after}`,
    }),
  });
}
