/**
 * The review page in a real browser (Debian chromium through playwright-core) against a real
 * redis-server, the API and worker processes: sign in, upload a sample PDF through the page,
 * follow it to its decision, and check the evidence highlighting, assertion styling, keyboard
 * use, downloads, the failed-record and 401 states, and that the page never leaves localhost.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, getJson, startHarness, TOKEN, type Harness } from '../queue/harness.js';
import { shutdownProcessing } from '../../src/process-file.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(ROOT, 'samples', 'imr-trigger-point.pdf');
const ENCRYPTED = join(ROOT, 'samples', 'bad-encrypted.pdf');
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Ev { start: number; end: number; page: number; text: string }
interface Mention { text: string; assertion: string; subject: string; evidence: Ev }

let h: Harness;
let userDataDir: string;
let context: BrowserContext;
let page: Page;
const foreignRequests: string[] = [];
const localPaths: string[] = [];
const openStreams = new Set<unknown>();
let mostOpenStreams = 0;
const pageErrors: string[] = [];
const cspViolations: string[] = [];

/**
 * Waits for a value in the page. The limit is generous because the suite runs many processes on
 * few cores; it bounds a hang, it does not measure speed.
 */
function poll<T>(fn: () => Promise<T>, timeout = 60_000) {
  return expect.poll(fn, { timeout, interval: 100 });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (bash .ci/run installs it)`);
  h = await startHarness();
  h.startWorker();
  userDataDir = await mkdtemp(join(tmpdir(), 'chartfacts-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'blob:' || url.protocol === 'data:') return;
    if (!LOCAL_HOSTS.has(url.hostname)) foreignRequests.push(req.url());
    else localPaths.push(url.pathname);
    if (url.pathname.endsWith('/events')) {
      openStreams.add(req);
      mostOpenStreams = Math.max(mostOpenStreams, openStreams.size);
    }
  });
  context.on('requestfinished', (req) => openStreams.delete(req));
  context.on('requestfailed', (req) => openStreams.delete(req));
  context.setDefaultTimeout(60_000);
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /content security policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  // Keep every aria-live announcement, so progress through the stages can be checked afterwards.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { announcements: string[] }).announcements = seen;
    document.addEventListener('DOMContentLoaded', () => {
      const live = document.getElementById('live');
      if (live) new MutationObserver(() => seen.push(live.textContent ?? '')).observe(live, { childList: true, characterData: true, subtree: true });
    });
  });
});

afterAll(async () => {
  await context?.close();
  await h?.stop();
  await shutdownProcessing();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

/** Whether the element is inside the visible part of its scrolling document pane. */
async function inView(selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const pane = el.closest('.doc')!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= pane.top && r.bottom <= pane.bottom;
  });
}

const spanSelector = (ev: Ev): string => `.ev[data-spans~="${ev.start}-${ev.end}"]`;

describe('review page', () => {
  it('serves the page with a strict Content-Security-Policy and no token needed for the page itself', async () => {
    const res = await page.goto(`${h.baseUrl}/`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.waitForSelector('#signin-form');
  });

  it('rejects a wrong token at sign-in and accepts the right one', async () => {
    await page.fill('#token', 'not-the-token');
    await page.click('#signin-form button[type=submit]');
    await poll(() => page.textContent('#signin-error')).toContain('401');
    await page.fill('#token', TOKEN);
    await page.click('#signin-form button[type=submit]');
    await page.waitForSelector('#sidebar:not([hidden])');
    expect(await page.textContent('#record-list')).toContain('No records yet');
  });

  it('uploads a PDF through the page and follows it to its facts and decision', async () => {
    const id = createHash('sha256').update(await readFile(SAMPLE)).digest('hex');
    await page.setInputFiles('#file-input', SAMPLE);
    await page.waitForURL(`**/#/record/${id}`);
    await page.waitForSelector('#panel-decision .decision', { state: 'attached', timeout: 240_000 });
    await page.waitForSelector('.page-text .ev');
    const announced = await page.evaluate(() => (window as unknown as { announcements: string[] }).announcements);
    expect(announced).toContain('imr-trigger-point.pdf: uploading');
    expect(announced).toContain('imr-trigger-point.pdf: completed');
    expect(await page.textContent(`.record[data-id="${id}"] .status`)).toBe('completed');

    const { body } = await getJson<{ facts: { document: { text: string; pageOffsets: number[] }; radiculopathy: { mentions: Mention[] } } }>(h, `/v1/records/${id}`);
    const { text, pageOffsets } = body.facts.document;
    // The pages shown, joined, are the document text: nothing lost or repeated at span boundaries.
    const shown = await page.$$eval('.page-text', (els) => els.map((e) => e.textContent ?? '').join(''));
    expect(shown).toBe(text);
    expect(await page.$$eval('.page', (els) => els.length)).toBe(pageOffsets.length);

    // Every evidence span, overlapping ones included, reads back as its evidence text from the pieces drawn for it.
    const spans = await page.$$eval('.page-text .ev', (els) => {
      const byKey = new Map<string, string>();
      for (const el of els) for (const k of (el as HTMLElement).dataset['spans']!.split(' ')) byKey.set(k, (byKey.get(k) ?? '') + el.textContent);
      return [...byKey];
    });
    expect(spans.length).toBeGreaterThan(15);
    for (const [key, drawn] of spans) {
      const [start, end] = key.split('-').map(Number);
      expect(drawn, key).toBe(text.slice(start, end));
    }
    expect(await page.$$eval('.page-text .ev.overlap', (els) => els.length), 'the sample has overlapping spans').toBeGreaterThan(0);

    const mentions = body.facts.radiculopathy.mentions;
    const affirmed = mentions.find((m) => m.assertion === 'affirmed' && m.subject === 'patient');
    const guideline = mentions.find((m) => m.subject === 'guideline');
    expect(affirmed, 'the sample has an affirmed radiculopathy mention').toBeDefined();
    expect(guideline, 'the sample has a guideline radiculopathy mention').toBeDefined();

    // Clicking a fact scrolls to its span and flashes it; the later page first, so a scroll is needed.
    const factButton = (m: Mention) => page.locator(`#panel-facts .fact-group button.fact.k-radiculopathy[data-spans~="${m.evidence.start}-${m.evidence.end}"]`);
    await factButton(guideline!).click();
    await poll(() => page.$eval(spanSelector(guideline!.evidence), (el) => el.className)).toMatch(/\bactive\b.*\bflash\b|\bflash\b.*\bactive\b/);
    await poll(() => inView(spanSelector(guideline!.evidence))).toBe(true);
    await factButton(affirmed!).click();
    await poll(() => page.$eval(spanSelector(affirmed!.evidence), (el) => el.classList.contains('flash') && el.classList.contains('active'))).toBe(true);
    await poll(() => inView(spanSelector(affirmed!.evidence))).toBe(true);
    expect(await page.$eval(spanSelector(guideline!.evidence), (el) => el.classList.contains('active'))).toBe(false);
    // Only the document pane scrolled, not the page around it (header and record title stay put).
    expect(await page.evaluate(() => [document.scrollingElement!.scrollTop, document.querySelector('main')!.scrollTop, document.querySelector('.layout')!.scrollTop])).toEqual([0, 0, 0]);
    // Progress came through the /events stream read with fetch() (EventSource cannot send the token).
    expect(localPaths).toContain(`/v1/records/${id}/events`);

    // A guideline statement must not look like a finding about the patient.
    const look = (sel: string) => page.$eval(sel, (el) => {
      const s = getComputedStyle(el);
      return { fontStyle: s.fontStyle, border: s.borderBottomStyle, background: s.backgroundImage, decoration: s.textDecorationLine };
    });
    const affirmedLook = await look(spanSelector(affirmed!.evidence));
    const guidelineLook = await look(spanSelector(guideline!.evidence));
    expect(guidelineLook).not.toEqual(affirmedLook);
    expect(guidelineLook.fontStyle).toBe('italic');
    expect(affirmedLook.fontStyle).toBe('normal');
    expect(await page.$eval(spanSelector(guideline!.evidence), (el) => el.className)).toContain('s-guideline');

    // The README picture: the page holding the guideline statement, with a patient mention selected next to it.
    const neighbour = mentions.find((m) => m.assertion === 'affirmed' && m.evidence.page === guideline!.evidence.page) ?? affirmed!;
    await factButton(neighbour).click();
    await poll(() => inView(spanSelector(guideline!.evidence))).toBe(true);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'review-page-record.png') });
  });

  it('works from the keyboard: Enter on a focused fact flashes its span, Enter on a span lists its facts', async () => {
    const fact = page.locator('#panel-facts button.fact.k-diagnosis').first();
    await fact.focus();
    await page.keyboard.press('Enter');
    const key = await page.$eval('.ev.active', (el) => el.dataset['spans']!.split(' ')[0]!);
    expect(await page.$$eval(`.ev.active`, (els) => els.every((e) => e.classList.contains('flash')))).toBe(true);
    const label = (await fact.locator('.fact-label').textContent())!;

    await page.focus(`.ev[data-spans~="${key}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.at-span:not([hidden])');
    expect(await page.textContent('.at-span')).toContain(label);
  });

  it('shows each criterion with its status and links it to its evidence', async () => {
    await page.click('#tab-decision');
    await page.waitForSelector('#panel-decision:not([hidden])');
    const statuses = await page.$$eval('#panel-decision .criterion-status', (els) => els.map((e) => e.textContent?.trim()));
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(s).toMatch(/(Met|Not met|Unknown)$/);
    const link = page.locator('#panel-decision .evidence-link').first();
    await link.click();
    await poll(() => page.$$eval('.ev.active', (els) => els.length)).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'review-page-decision.png') });
  });

  it('downloads the facts JSON with the token (through a Blob URL)', async () => {
    const id = page.url().split('/').pop()!;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.downloads button:has-text("Facts JSON")')]);
    expect(download.suggestedFilename()).toBe('imr-trigger-point.facts.json');
    const saved = JSON.parse(await readFile((await download.path())!, 'utf8')) as unknown;
    expect(saved).toEqual((await getJson(h, `/v1/records/${id}/facts`)).body);
  });

  it('downloads the FHIR bundle when the server has the export route, and says why not when it has none', async () => {
    const id = page.url().split('/').pop()!;
    const direct = await fetch(`${h.baseUrl}/v1/records/${id}/fhir`, { headers: { authorization: `Bearer ${TOKEN}` } });
    if (direct.ok) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('.downloads button:has-text("FHIR bundle")')]);
      expect(download.suggestedFilename()).toBe('imr-trigger-point.fhir.json');
      expect(await readFile((await download.path())!, 'utf8')).toBe(await direct.text());
    } else {
      await page.click('.downloads button:has-text("FHIR bundle")');
      await poll(() => page.textContent('.download-msg')).toContain(`FHIR bundle unavailable`);
      expect(await page.textContent('.download-msg')).toContain(String(direct.status));
    }
  });

  it('starts keyboard navigation at the skip link, which moves focus to the main content', async () => {
    await page.goto(`${h.baseUrl}/`);
    await page.waitForSelector('.empty-state');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows a failed record with its error code and message', async () => {
    await page.setInputFiles('#file-input', ENCRYPTED);
    await page.waitForSelector('.error-box .error-code', { timeout: 120_000 });
    expect(await page.textContent('.error-box .error-code')).toBe('encrypted_pdf');
    await poll(() => page.textContent('.record.st-failed')).toContain('encrypted_pdf');
  });

  it('uploads several files dropped on the drop zone and shows each one\'s progress', async () => {
    // More files than a browser's six connections per host: event streams must not starve uploads.
    const names = ['imr-01.txt', 'imr-02.txt', 'imr-03.txt', 'imr-04.txt', 'imr-05.txt', 'imr-06.txt', 'imr-07.txt'];
    const files = await Promise.all(names.map(async (n) => ({ name: n, text: await readFile(join(FIXTURES, n), 'utf8') })));
    await page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      document.getElementById('dropzone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, files);
    for (const n of names) {
      await poll(() => page.locator('.record', { hasText: n }).locator('.status').textContent(), 120_000).toBe('completed');
    }
    await page.waitForSelector('#panel-decision .decision', { state: 'attached' });
    expect(await page.textContent('.record-title')).toBe(names[0]);
    // The rest were polled: at most three event streams were open at once.
    expect(mostOpenStreams).toBeGreaterThan(0);
    expect(mostOpenStreams).toBeLessThanOrEqual(3);
    // The tab remembers its records across a reload.
    await page.reload();
    await page.waitForSelector('.record');
    const listed = await page.textContent('#record-list');
    for (const n of [...names, 'imr-trigger-point.pdf', 'bad-encrypted.pdf']) expect(listed).toContain(n);
  });

  it('in a narrow window shows one column and still scrolls a fact\'s span into view', async () => {
    await page.setViewportSize({ width: 800, height: 700 });
    try {
      const button = page.locator('#panel-facts .fact-group button.fact[data-spans]:not([data-spans=""])').last();
      const key = (await button.getAttribute('data-spans'))!.split(' ')[0]!;
      await button.click();
      await poll(() => page.$eval(`.ev[data-spans~="${key}"]`, (el) => {
        const r = el.getBoundingClientRect();
        return el.classList.contains('active') && r.top >= 0 && r.bottom <= window.innerHeight;
      })).toBe(true);
      const [docBox, panelBox] = await Promise.all([page.locator('.doc').boundingBox(), page.locator('.panel').boundingBox()]);
      expect(panelBox!.y).toBeGreaterThanOrEqual(docBox!.y + docBox!.height - 1);
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('says so when a record id is unknown', async () => {
    await page.fill('#open-id', 'f'.repeat(64));
    await page.click('#open-form button[type=submit]');
    await page.waitForSelector('text=Record not found');
  });

  it('goes back to sign-in with a message when the API answers 401', async () => {
    await page.evaluate(() => sessionStorage.setItem('chartfacts.token', 'revoked-token'));
    await page.click('#refresh-list');
    await page.waitForSelector('#signin-view:not([hidden])');
    expect(await page.textContent('#signin-error')).toContain('401');
  });

  it('made no request to any host but the local server and broke no CSP rule', () => {
    expect(foreignRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
