/**
 * Small distinct text records for fault and load runs: the opening of a dev-corpus letter (so the
 * pipeline does its usual work on realistic text) cut at a line end, plus a numbered reference
 * line so every record's bytes, hence its sha256 id, differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../../fixtures/dev-corpus/', import.meta.url));

/** `count` records of at most about `maxChars` characters each, record i from corpus file i mod 18. */
export function makeTextRecords(count: number, maxChars = 1500): Buffer[] {
  const texts = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  if (texts.length === 0) throw new Error(`no .txt records in ${CORPUS}`);
  const heads = texts.map((t) => {
    const cut = t.lastIndexOf('\n', maxChars);
    return t.slice(0, cut > 0 ? cut : maxChars);
  });
  return Array.from({ length: count }, (_, i) => Buffer.from(`${heads[i % heads.length]}\nReference RL-${String(i).padStart(6, '0')}\n`, 'utf8'));
}
