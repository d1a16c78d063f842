/** The review page's static routes, without Redis or a browser: what is served, with which headers, and what is not. */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerReviewPage } from '../../src/server/ui/register-review-page.js';

const app = Fastify();
const publicPaths = new Set(['/healthz']);

beforeAll(async () => {
  await registerReviewPage(app, publicPaths);
  await app.ready();
});
afterAll(() => app.close());

describe('registerReviewPage', () => {
  it('serves the page at / with a Content-Security-Policy that allows only this origin', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'self';/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toContain('<script type="module" src="/ui/app.js">');
  });

  it('serves the assets with their content types and adds exactly their paths to the public set', async () => {
    expect((await app.inject({ url: '/ui/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await app.inject({ url: '/ui/style.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    expect(publicPaths).toContain('/');
    expect(publicPaths).toContain('/ui/app.js');
    expect(publicPaths).toContain('/healthz');
    for (const p of publicPaths) expect(p === '/' || p === '/healthz' || /^\/ui\/[a-z0-9-]+\.(js|css|html|svg)$/.test(p)).toBe(true);
  });

  it('answers 404 for anything not in the static folder, traversal included', async () => {
    for (const url of ['/ui/nope.js', '/ui/..%2Fregister-review-page.ts', '/ui/%2e%2e%2f%2e%2e%2fpackage.json', '/ui/']) {
      expect((await app.inject({ url })).statusCode, url).toBe(404);
    }
  });

  it('has no script or style inline in the page (the CSP would block it) and loads nothing from elsewhere', async () => {
    const html = (await app.inject({ url: '/' })).body;
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
