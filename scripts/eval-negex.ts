/**
 * Scores the ConText negation on the NegEx test set (`../shared/negex/` next to the repository):
 * each row is a sentence, a target concept and a gold label (Affirmed / Negated). Prints the
 * confusion counts, precision, recall, F1 and accuracy beside the published NegEx figures, and
 * the experiencer accuracy on the experiencer-labelled copy of the same sentences.
 *
 * Usage: npm run eval:negex [-- --errors]   (--errors lists the misclassified rows)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultLexiconDir, loadLexicon } from '../src/lexicons/load-lexicons.js';
import { assertInSentence } from '../src/stages/05-assert/assert-in-sentence.js';

interface Row {
  readonly report: string;
  readonly concept: string;
  readonly sentence: string;
  readonly label: string;
}

/** Published reference figures on this set (see ../shared/negex/README.md). */
const REFERENCE = [
  { name: 'NegEx (reference figure)', p: 0.951, r: 0.912, f: 0.931, acc: 0.972 },
  { name: 'GenNegEx v1.2 (reported)', p: 0.933, r: 0.959, f: 0.946, acc: Number.NaN },
];

function unquote(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
}

function readRows(path: string): Row[] {
  const lines = readFileSync(path, 'latin1').split(/\r?\n/).slice(1);
  const rows: Row[] = [];
  for (const line of lines) {
    const f = line.split('\t');
    if (f.length < 4) continue;
    rows.push({ report: f[0]!, concept: f[1]!, sentence: unquote(f.slice(2, -1).join('\t')), label: f[f.length - 1]!.trim() });
  }
  return rows;
}

/**
 * The concept's span in the sentence: case- and spacing-insensitive, upper-cased occurrence
 * first. A concept that runs past the sentence (the set has a few) is located by its longest
 * leading part that occurs.
 */
function locate(sentence: string, concept: string): { start: number; end: number } | null {
  const words = unquote(concept).split(/\s+/).filter((w) => w !== '').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  for (let n = words.length; n > 0; n--) {
    const span = locateWords(sentence, words.slice(0, n));
    if (span) return span;
  }
  return null;
}

function locateWords(sentence: string, words: readonly string[]): { start: number; end: number } | null {
  const re = new RegExp(`(?<![A-Za-z0-9])${words.join('\\s+')}(?![A-Za-z0-9])`, 'gi');
  let first: { start: number; end: number } | null = null;
  for (const m of sentence.matchAll(re)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (/[A-Z]/.test(m[0]) && m[0] === m[0].toUpperCase()) return span;
    first ??= span;
  }
  return first;
}

function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

const f3 = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

function main(): void {
  const showErrors = process.argv.includes('--errors');
  const dir = resolve(dirname(defaultLexiconDir()), '..', 'shared', 'negex');
  const file = join(dir, 'Annotations-1-120.txt');
  if (!existsSync(file)) {
    console.error(`eval-negex: cannot find ${file}`);
    process.exitCode = 1;
    return;
  }
  const lex = loadLexicon('context');
  let tp = 0, fp = 0, fn = 0, tn = 0, missing = 0;
  const started = performance.now();
  for (const row of readRows(file)) {
    const span = locate(row.sentence, row.concept);
    if (!span) missing++;
    const negated = span ? assertInSentence(row.sentence, span.start, span.end, lex).negated : false;
    const gold = row.label.toLowerCase() === 'negated';
    if (negated && gold) tp++;
    else if (negated) fp++;
    else if (gold) fn++;
    else tn++;
    if (showErrors && negated !== gold && span) {
      const a = assertInSentence(row.sentence, span.start, span.end, lex);
      const marked = `${row.sentence.slice(0, span.start)}[[${row.sentence.slice(span.start, span.end)}]]${row.sentence.slice(span.end)}`;
      console.log(`${gold ? 'FN' : 'FP'} #${row.report} ${a.cues.map((c) => `${c.ruleId}`).join(',')} | ${marked.replace(/\s+/g, ' ').slice(0, 400)}`);
    }
  }
  const ms = performance.now() - started;
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  const f = ratio(2 * p * r, p + r);
  const acc = ratio(tp + tn, tp + fp + fn + tn);
  console.log(`NegEx test set: ${tp + fp + fn + tn} rows (${missing} targets not located), ${ms.toFixed(0)} ms`);
  console.log(`tp ${tp}  fp ${fp}  fn ${fn}  tn ${tn}`);
  console.log('system                      P      R      F1     acc');
  console.log(`chartfacts ConText        ${f3(p)}  ${f3(r)}  ${f3(f)}  ${f3(acc)}`);
  for (const ref of REFERENCE) console.log(`${ref.name.padEnd(26)}${f3(ref.p)}  ${f3(ref.r)}  ${f3(ref.f)}  ${f3(ref.acc)}`);
  evalExperiencer(join(dir, 'annotations-1-120-experiencer.txt'), lex, showErrors);
}

/** Experiencer: patient vs anyone else, on the experiencer-labelled file (no header row check needed). */
function evalExperiencer(file: string, lex: ReturnType<typeof loadLexicon<'context'>>, showErrors: boolean): void {
  if (!existsSync(file)) return;
  const lines = readFileSync(file, 'latin1').split(/\r?\n/);
  let right = 0, total = 0, otherGold = 0, otherHit = 0, otherPred = 0;
  for (const line of lines) {
    const f = line.split('\t');
    if (f.length < 4 || !/^\d+$/.test(f[0]!)) continue;
    const sentence = unquote(f.slice(2, -1).join('\t'));
    const span = locate(sentence, f[1]!);
    const predOther = span ? assertInSentence(sentence, span.start, span.end, lex).experiencer === 'other' : false;
    const goldOther = f[f.length - 1]!.trim().toLowerCase() !== 'patient';
    total++;
    if (predOther === goldOther) right++;
    if (goldOther) otherGold++;
    if (predOther) otherPred++;
    if (goldOther && predOther) otherHit++;
    if (showErrors && predOther !== goldOther && span) console.log(`EXP ${goldOther ? 'FN' : 'FP'} | ${sentence.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
  console.log(`experiencer: accuracy ${f3(ratio(right, total))} on ${total} rows; other-than-patient gold ${otherGold}, predicted ${otherPred}, both ${otherHit}`);
}

main();
