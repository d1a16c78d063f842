/**
 * Writes the files in `samples/`: an IMR determination letter as `.txt`, as a text-layer PDF, as
 * a scanned image-only PDF, as a mixed PDF, and four bad files. Everything is deterministic, so
 * re-running reproduces the committed bytes. Run with `npm run samples`.
 *
 * The letter carries the facts of the public determination in `../shared/samples/` in our own
 * wording, laid out over three pages with a repeated footer.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import { shutdownIngest } from '../src/stages/01-ingest/shutdown-ingest.js';
import { renderScannedPdf, type ScanPageOptions } from './lib/render-scanned-pdf.js';
import { renderTextPdf, wrapLine } from './lib/render-text-pdf.js';

/** Each page as paragraphs; headings and label lines are one-line paragraphs. */
const PAGES: readonly (readonly string[])[] = [
  [
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'MAXIMUS Federal Services forwarded the full case file to an expert reviewer who has no ties to the employer, the employee, the providers or the claims administrator. The expert reviewer is Board Certified in Occupational Medicine and is licensed to practice in Colorado. He/she has practiced clinically for more than five years and still works in active practice at least 24 hours each week. The reviewer was chosen for his/her clinical experience, education, background and expertise in the same or a similar specialty to those that evaluate and/or treat the medical condition and the disputed items/services, and knows the governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.',
    'CLINICAL CASE SUMMARY',
    'The expert reviewer wrote the clinical case summary below after reviewing the case file, including all of the medical records:',
    'This injured worker is a 35 year old female whose date of injury is 1/9/2013. She was hurt while lifting and has since complained of neck, left shoulder and low back pain. The review concerns a request for trigger point injection to the lumbar spine. At a follow-up visit on 8/20/14 the provider recorded left shoulder pain of 9/10, 1-10 with medication. She is in physical therapy and has been referred to an orthopedist for a left shoulder labral tear. Examination of the lumbar spine found restricted range of motion, with flexion to 70 degrees and extension to 15, a normal straight leg raise, and trigger points with radicular pain and a twitch response on palpation of the lumbar paraspinals on the left. Her diagnoses are spasm of muscle, shoulder pain and lumbar degenerative disc disease. The earlier medical records all report that prior trigger point injections gave no relief, and a left shoulder steroid injection on 3/19/14 did not help.',
  ],
  [
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'The Final Determination rests on the decisions on the disputed items/services below:',
    'Trigger point injection (lumbar paravertebral; left quadratus lumborum):  Upheld',
    'Claims Administrator guideline: Decision based on MTUS ACOEM Chapter 12 Low Back Complaints.',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Trigger point injections Page(s): 122.',
  ],
  [
    'Decision rationale: The trigger point injections given before, as noted in the records, brought no meaningful relief or functional improvement. Trigger point injections are not recommended for ordinary back pain. Nor are trigger point injections recommended when radiculopathy is present. The medical notes show that she is treated for low back pain with radiculopathy, and the guidelines do not support trigger point injections for that condition. The records also show that earlier trigger point injections were given with no benefit or functional improvement. The request therefore does not meet the criteria of the guidelines.',
  ],
];

/** Letters wrap at a fixed width; 84 columns fits the 10.5-point Courier page with room to spare. */
const COLUMNS = 84;

const PAGE_BODIES = PAGES.map((paras) => paras.map((p) => wrapLine(p, COLUMNS).join('\n')).join('\n\n'));

/** The same footer on every page, as letters carry; normalization is expected to drop it. */
function footer(page: number, pages: number): string {
  return `\n\n\nIndependent Medical Review - Final Determination                  Page ${page} of ${pages}\n`;
}

/** The letter as text, pages separated by form feeds. */
export function letterText(): string {
  return PAGE_BODIES.map((body, i) => `${body}\n${footer(i + 1, PAGE_BODIES.length)}`).join('\f');
}

/** Page 2 goes through the scanner upside down; the others slightly crooked. */
const SCANNED: readonly ScanPageOptions[] = [{ skewDegrees: 1.5 }, { skewDegrees: -1, quarterTurns: 2 }, { skewDegrees: 0.8 }];
/** Mixed: the middle page is a scan inside an otherwise text-layer letter. */
const MIXED: readonly ScanPageOptions[] = [{ keepText: true }, { skewDegrees: -1.2 }, { keepText: true }];

/** A pdfkit document protected with a user password, so nothing opens without it. */
function encryptedPdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ userPassword: 'sample-password', info: { CreationDate: new Date(Date.UTC(2020, 0, 1)) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.on('data', (c: Buffer) => chunks.push(c));
  doc.font('Courier').fontSize(10.5).text(text.split('\f')[0] ?? '', { lineBreak: true });
  doc.end();
  return done;
}

/** A real PNG image, to be saved under a `.pdf` name. */
function pngImage(): Buffer {
  const canvas = createCanvas(64, 32);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 64, 32);
  ctx.fillStyle = '#000000';
  ctx.fillRect(8, 8, 48, 16);
  return canvas.toBuffer('image/png');
}

/** Writes every sample into `dir`. */
export async function makeSamples(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const text = letterText();
  const textPdf = await renderTextPdf(text, { fontSize: 10.5, title: 'IMR Final Determination' });
  const files: Array<[string, Uint8Array | string]> = [
    ['imr-trigger-point.txt', text],
    ['imr-trigger-point.pdf', textPdf],
    ['imr-trigger-point-scanned.pdf', await renderScannedPdf(text, { pages: SCANNED, seed: 7 })],
    ['imr-trigger-point-mixed.pdf', await renderScannedPdf(text, { pages: MIXED, seed: 11 })],
    // Cut mid-file: the cross-reference table and trailer are gone.
    ['bad-truncated.pdf', textPdf.subarray(0, Math.floor(textPdf.length * 0.4))],
    ['bad-encrypted.pdf', await encryptedPdf(text)],
    ['bad-png-named.pdf', pngImage()],
    ['bad-empty.pdf', new Uint8Array(0)],
  ];
  for (const [name, content] of files) await writeFile(join(dir, name), content);
  return files.map(([name]) => name);
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const written = await makeSamples(join(root, 'samples'));
  await shutdownIngest();
  for (const name of written) process.stdout.write(`samples/${name}\n`);
}
