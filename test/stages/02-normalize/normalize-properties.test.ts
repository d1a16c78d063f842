/**
 * Property checks: on the dev corpus and on seeded random pages, normalization maps every
 * character back exactly, keeps only source characters in source order, leaves no stray
 * whitespace, and is idempotent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/stages/02-normalize/normalize-text.js';
import type { NormalizedText, RawPage } from '../../../src/types/pipeline.js';
import { expectExactSegments, pagesOf, pagesOfTxt, renormalize } from './helpers.js';
import { seededRandom } from '../../../scripts/lib/seeded-random.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/dev-corpus');
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();


const TOKENS = [
  'pain', 'back', 'the', 'reports', 'tender', 'with', 'muscula-', 'ture', 'L4-', 'L5', 'C5-6', 'non-',
  'Patient', 'He', 'MRI', 'Dr.', 'Norco', 'improved.', 'spasm,', 'right;', 'Diagnoses:', '7/10', '(UR)',
  'PHYSICAL', 'EXAM', 'CM14-0087412', '05-4471-2281', '-', '•', '1.', '2)', 'Exam:', 'RE:', 'Page', '2', 'of',
  '“quoted”', 'naïve', '°', '§', 'reflexes:', 'grip', '(Jamar):',
];
const SPACES = [' ', ' ', ' ', '  ', '\t', ' \t ', '\u00a0'];
const SPECIAL_LINES = ['Right      Left', 'Shoulder ROM   Right active   Left active', 'Page 1 of 3', 'Page 2 of 3', '- 2 -', 'RE: DOE, JANE  Claim # CM14-0087412', 'ACME CLINIC', '', '   ', '\t'];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

function randomLine(rnd: () => number): string {
  if (rnd() < 0.15) return pick(rnd, SPECIAL_LINES);
  const n = Math.floor(rnd() * 16);
  let line = rnd() < 0.2 ? pick(rnd, SPACES) : '';
  for (let i = 0; i < n; i++) line += (i ? pick(rnd, SPACES) : '') + pick(rnd, TOKENS);
  return line + (rnd() < 0.2 ? pick(rnd, SPACES) : '');
}

function randomPages(seed: number): RawPage[] {
  const rnd = seededRandom(seed);
  const header = rnd() < 0.5 ? randomLine(rnd) : null;
  const pageCount = 1 + Math.floor(rnd() * 4);
  const texts: string[] = [];
  for (let p = 0; p < pageCount; p++) {
    const lines: string[] = header && rnd() < 0.8 ? [header] : [];
    const n = Math.floor(rnd() * 14);
    for (let i = 0; i < n; i++) lines.push(randomLine(rnd));
    if (rnd() < 0.5) lines.push(`Page ${p + 1} of ${pageCount}`);
    texts.push(lines.join(rnd() < 0.1 ? '\r\n' : '\n'));
  }
  return pagesOf(texts);
}

/** Non-whitespace characters of `sub` appear in `full` in the same order. */
function isSubsequence(sub: string, full: string): boolean {
  let j = 0;
  for (let i = 0; i < sub.length; i++) {
    const c = sub[i]!;
    while (j < full.length && full[j] !== c) j++;
    if (j === full.length) return false;
    j++;
  }
  return true;
}

function checkProperties(pages: readonly RawPage[], n: NormalizedText): void {
  expectExactSegments(pages, n);
  expect(n.pageOffsets.length).toBe(pages.length);
  if (pages.length) expect(n.pageOffsets[0]).toBe(0);
  for (let i = 1; i < n.pageOffsets.length; i++) expect(n.pageOffsets[i]!).toBeGreaterThanOrEqual(n.pageOffsets[i - 1]!);
  expect(n.text).not.toMatch(/\n{3}|[^\S\n]{2}|[^\S\n]\n|\n[^\S\n]|[\t\r\f\u00a0]/);
  expect(n.text).toBe(n.text.trim());
  const strip = (s: string): string => s.replace(/\s+/g, '');
  expect(isSubsequence(strip(n.text), strip(pages.map((p) => p.text).join('')))).toBe(true);
  const again = renormalize(n);
  expect(again.text).toBe(n.text);
  expect(again.pageOffsets).toEqual(n.pageOffsets);
}

describe('normalizeText properties', () => {
  it.each(corpusFiles)('dev corpus %s: exact map, clean whitespace, idempotent', (file) => {
    const pages = pagesOfTxt(readFileSync(join(CORPUS, file), 'utf8'));
    checkProperties(pages, normalizeText(pages));
  });

  it('holds on 500 seeded random documents', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const pages = randomPages(seed);
      const n = normalizeText(pages);
      try {
        checkProperties(pages, n);
      } catch (err) {
        throw new Error(`seed ${seed}: ${(err as Error).message}\n${JSON.stringify(pages.map((p) => p.text))}`);
      }
    }
  });
});
