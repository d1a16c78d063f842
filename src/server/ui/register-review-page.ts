/**
 * The review page: static HTML/CSS/ES modules from `src/server/ui/static/`, served at `/` and
 * `/ui/<file>`. The files hold no record data (the page fetches that from the API with the
 * signed-in token), so they are public; every response carries a Content-Security-Policy that
 * lets the page talk only to this origin.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { packageRoot } from '../../package-root.js';

/** tsc copies no assets into dist/, so the files are read from the package root in both layouts. */
const STATIC_DIR = join(packageRoot(), 'src', 'server', 'ui', 'static');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * No third-party origin, no inline script or style attribute, no framing, no plugins: patient
 * text rendered by the page cannot pull in or send anything elsewhere.
 */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

async function sendStatic(reply: FastifyReply, file: string): Promise<FastifyReply> {
  const body = await readFile(join(STATIC_DIR, file));
  return reply
    .header('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream')
    .header('content-security-policy', CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cross-origin-opener-policy', 'same-origin')
    .header('cache-control', 'no-cache')
    .send(body);
}

/**
 * Registers `GET /` (the page) and `GET /ui/<file>` (its assets) on `app`, and adds those exact
 * paths to `publicPaths`, the set the bearer check lets through. Only files present in the static
 * folder at startup are served, so a request path never reaches the file system unchecked.
 */
export async function registerReviewPage(app: FastifyInstance, publicPaths: Set<string>): Promise<void> {
  const files = new Set(readdirSync(STATIC_DIR, { withFileTypes: true }).filter((e) => e.isFile() && extname(e.name) in CONTENT_TYPES).map((e) => e.name));
  publicPaths.add('/');
  for (const f of files) publicPaths.add(`/ui/${f}`);
  app.get('/', { schema: { hide: true } }, async (_req, reply) => sendStatic(reply, 'index.html'));
  app.get('/ui/:file', { schema: { hide: true } }, async (req, reply) => {
    const { file } = req.params as { file: string };
    if (!files.has(file)) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no such page asset' });
    return sendStatic(reply, file);
  });
}
