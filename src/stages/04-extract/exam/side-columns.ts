/**
 * Tables whose columns are sides, for any kind of finding: a header line of side words alone
 * ("RIGHT   LEFT", "Test   R   L"), then rows that end in one cell per column ("Phalen's test
 * negative   negative", "2-pt discrimination   6 mm   5 mm", "Wrist flexion   55 deg   70 deg").
 * Each cell is read as its own finding: the row's label followed by that cell, on that column's side.
 * The header and cell shapes are the exam lexicon's `sideColumns`. A ruled table reads the same:
 * its bars are column gaps ("| Knee extension | 5/5 | 4/5 |") and its border lines ("+----+----+")
 * are passed over. Side-by-side columns, one per side, under a header naming the same part for
 * each ("Left knee   Right knee"), hold whole findings: each bullet of a row ("- Trace effusion
 * - No effusion") is read as it stands, on its column's side (the lexicon's `pairedColumns`).
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { Sentence } from '../../../types/pipeline.js';
import type { ExamFindingKind, Side } from '../../../types/vocab.js';
import type { Draft } from './exam-types.js';
import { lineMatchesEach } from './line-matches.js';
import { sideIn } from './side-in.js';

/** One table row: where it is, where its label ends, and its cells with their sides. */
export interface SideRow {
  readonly start: number;
  readonly end: number;
  /** Empty for a row of side-by-side columns: each cell is a whole finding. */
  readonly label: string;
  /** `start`/`end` where a cell is read as written (side-by-side columns), not after the row's label. */
  readonly cells: ReadonlyArray<{ readonly text: string; readonly side: Side; readonly start?: number; readonly end?: number }>;
}

/** Most rows one header covers. */
const MAX_ROWS = 15;

/** The rows of the last text read, per lexicon (a map of every text read would keep every document). */
const cache = new WeakMap<object, { readonly text: string; readonly rows: SideRow[] }>();

/** A header pattern compiled once per lexicon object (`sideColumns` or `pairedColumns`). */
const headers = new WeakMap<object, RegExp>();
function headerOf(conf: { readonly header: string }): RegExp {
  let re = headers.get(conf);
  if (!re) headers.set(conf, (re = new RegExp(conf.header, 'gim')));
  return re;
}

/** How a side-column cell is read: the note it may end in (dropped) and the symptom a cell may name. */
interface CellReading {
  readonly note: RegExp | null;
  readonly symptom: { readonly re: RegExp; readonly lead: string } | null;
}

/** A cell as the words read after the row's label: its note dropped ("(medial click)", ", 20 s"), a symbol spelled ("-" → "absent"), a symptom read as reproduced. */
export function cellWord(cell: string, words: Readonly<Record<string, string>> = {}, reading: CellReading = { note: null, symptom: null }): string {
  const bare = (reading.note ? cell.replace(reading.note, '') : cell).trim();
  const word = words[bare.toLowerCase()];
  if (word !== undefined) return word;
  return reading.symptom?.re.test(bare) ? `${reading.symptom.lead} ${bare}` : bare;
}

/** The cell reading of a `sideColumns` lexicon object, compiled once per object. */
const readings = new WeakMap<object, CellReading>();
function cellReadingOf(conf: NonNullable<Lexicons['examFindings']['sideColumns']>): CellReading {
  let got = readings.get(conf);
  if (!got) {
    readings.set(conf, (got = {
      note: conf.cellNote ? new RegExp(`(?:${conf.cellNote})$`, 'i') : null,
      symptom: conf.symptomCell ? { re: new RegExp(`^(?:${conf.symptomCell.pattern})$`, 'i'), lead: conf.symptomCell.lead } : null,
    }));
  }
  return got;
}

/** Both header patterns (`sideColumns`, then `pairedColumns` where the lexicon has one), one list per lexicon object. */
const headerLists = new WeakMap<object, readonly RegExp[]>();
function headersOf(lex: Lexicons['examFindings'], conf: { readonly header: string }): readonly RegExp[] {
  let list = headerLists.get(lex);
  if (!list) headerLists.set(lex, (list = lex.pairedColumns ? [headerOf(conf), headerOf(lex.pairedColumns)] : [headerOf(conf)]));
  return list;
}

/** Most rows of one side-column table that do not read and are passed over. */
const MAX_PASSED = 3;

/** A line that only rules a table: dashes or equals signs, with the corners and bars between them. */
const BORDER = /^[ \t]*[-=+|]*[-=]{3,}[-=+| \t]*$/;

/** `text` with the bars of its ruled lines ("| Patellar reflex | 2+ | trace |") read as spaces: offsets are kept. */
export function unruled(text: string): string {
  return text.includes('|') ? text.replace(/^[ \t]*\|[^\n]*\|[ \t]*$/gm, (line) => line.replace(/\|/g, ' ')) : text;
}

/** Every side-column table row of `text` (the last text's rows are kept per lexicon). */
export function sideColumnRows(source: string, lexicons: Pick<Lexicons, 'bodyParts' | 'examFindings'>): SideRow[] {
  const conf = lexicons.examFindings.sideColumns;
  if (!conf) return [];
  const hit = cache.get(lexicons.examFindings);
  if (hit && hit.text === source) return hit.rows;
  const text = unruled(source);
  const out: SideRow[] = [];
  // both kinds of header are looked for in one walk over the line starts
  const [sideHeads = [], pairedHeads = []] = lineMatchesEach(headersOf(lexicons.examFindings, conf), text);
  for (const h of sideHeads) {
    // "RIGHT   LEFT (operative)": a note in brackets after a side word is not a column
    const sides = h[1]!.replace(/\([^()]*\)/g, ' ').trim().split(/[\s.]+/).filter(Boolean).map((w) => sideIn(w, lexicons));
    if (sides.length < 2 || sides.some((x) => x === null || x === 'bilateral') || new Set(sides).size !== sides.length) continue;
    const cell = conf.symptomCell ? `(${conf.cell}|${conf.symptomCell.pattern})` : `(${conf.cell})`;
    const reading = cellReadingOf(conf);
    const row = new RegExp(`^([ \\t]*[A-Za-z0-9(][^\\n]*?)${`[ \\t]+${cell}`.repeat(sides.length)}[ \\t]*$`, 'i');
    let at = text.indexOf('\n', h.index + h[0].length);
    // a row that does not read (a label wrapped onto the row's end: "Static 2-point
    // discrimination,   8 mm   4 mm" + "small finger"; a cell in words: "Incision   healed   -")
    // is passed over when a row follows it: up to MAX_PASSED in a table, never two in a row
    let passed = 0;
    let passedLast = false;
    for (let n = 0; at >= 0 && n < MAX_ROWS; n++) {
      const from = at + 1;
      const lineEnd = text.indexOf('\n', from);
      const line = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
      if (BORDER.test(line)) {
        at = lineEnd;
        continue;
      }
      const m = row.exec(line);
      if (!m && !passedLast && passed < MAX_PASSED && line.trim() !== '') {
        passed++;
        passedLast = true;
        at = lineEnd;
        continue;
      }
      if (!m) break;
      passedLast = false;
      // "Knee flexion, active .........   130 deg   105 deg": the leader dots are not the label's
      const label = m[1]!.replace(/[ \t]*\.{3,}[ \t.]*$/, '');
      out.push({
        start: from + label.search(/\S/), end: from + line.trimEnd().length, label: label.trim(),
        cells: sides.map((side, i) => ({ text: cellWord(m[i + 2]!, conf.cellWords, reading), side: side! })),
      });
      at = lineEnd;
    }
  }
  pairedRows(text, lexicons, pairedHeads, out);
  cache.set(lexicons.examFindings, { text: source, rows: out });
  return out;
}

/**
 * The sides of a side-by-side header ("Left knee   Right knee", "R shoulder   L shoulder"): a side
 * word opening each column and the same part after each. Null for any other line.
 */
function pairedSides(header: string, lexicons: Pick<Lexicons, 'bodyParts' | 'examFindings'>): Side[] | null {
  const sides: Side[] = [];
  const parts: string[] = [];
  for (const w of header.trim().split(/\s+/)) {
    const side = sideIn(w, lexicons);
    if (side) {
      sides.push(side);
      parts.push('');
    } else if (parts.length) parts[parts.length - 1] += ` ${w.toLowerCase()}`;
    else return null;
  }
  const same = parts.every((p) => p !== '' && p === parts[0]);
  return same && sides.length >= 2 && !sides.includes('bilateral') && new Set(sides).size === sides.length ? sides : null;
}

/** A bullet pattern compiled once per lexicon object (making it anew cost as much as many of its scans). */
const bullets = new WeakMap<object, RegExp>();
function bulletOf(conf: { readonly bullet: string }): RegExp {
  let re = bullets.get(conf);
  if (!re) bullets.set(conf, (re = new RegExp(`(?:^|[ \\t]+)(?:${conf.bullet})[ \\t]+`, 'g')));
  return re;
}

/** The rows of side-by-side columns (see the file comment), added to `out`. */
function pairedRows(text: string, lexicons: Pick<Lexicons, 'bodyParts' | 'examFindings'>, heads: readonly RegExpExecArray[], out: SideRow[]): void {
  const conf = lexicons.examFindings.pairedColumns;
  if (!conf) return;
  const bullet = bulletOf(conf);
  for (const h of heads) {
    const sides = pairedSides(h[1]!, lexicons);
    if (!sides) continue;
    let at = text.indexOf('\n', h.index + h[0].length);
    for (let n = 0; at >= 0 && n < MAX_ROWS; n++) {
      const from = at + 1;
      const lineEnd = text.indexOf('\n', from);
      const line = text.slice(from, lineEnd < 0 ? text.length : lineEnd).trimEnd();
      const marks = [...line.matchAll(bullet)];
      if (marks.length !== sides.length || marks[0]!.index !== 0) break;
      const cells = marks.map((m, i) => {
        const start = m.index + m[0].length;
        const end = i + 1 < marks.length ? marks[i + 1]!.index : line.length;
        return { text: line.slice(start, end), side: sides[i]!, start: from + start, end: from + end };
      });
      if (cells.some((x) => !/\w/.test(x.text))) break;
      out.push({ start: from + line.search(/\S/), end: from + line.length, label: '', cells });
      at = lineEnd;
    }
  }
}

/** The rows that start inside sentence `s`. */
export function rowsIn(rows: readonly SideRow[], s: Sentence): SideRow[] {
  return rows.filter((r) => r.start >= s.start && r.start < s.end);
}

/** A sentence of one cell: the row's label and that cell, starting where the row starts. */
export function cellSentence(s: Sentence, row: SideRow, cell: SideRow['cells'][number]): Sentence {
  // a side-by-side cell is read where it stands
  if (cell.start !== undefined && cell.end !== undefined) return { ...s, start: cell.start, end: cell.end, text: cell.text };
  const text = `${row.label} ${cell.text}`;
  return { ...s, start: row.start, end: row.start + text.length, text };
}

const sameFinding = (a: Draft, b: Draft): boolean =>
  a.kind === b.kind && a.qualifier === b.qualifier && a.value === b.value && a.unit === b.unit && a.negated === b.negated;

/**
 * The findings of one row, cell by cell (`perCell[i]` read under column i). A row whose cells all
 * read the same finding of a kind in `kinds` ("Achilles reflex   2+   2+") is that finding once on
 * both sides, as a symmetric grade is written in prose ("reflexes 2+ bilaterally"); any other row
 * keeps one finding per cell.
 */
export function rowFindings(perCell: ReadonlyArray<readonly Draft[]>, kinds: readonly ExamFindingKind[] = []): Draft[] {
  const [first, ...rest] = perCell;
  if (!first || !rest.length || !first.length) return perCell.flat();
  const even = first.every((d) => kinds.includes(d.kind) && !d.lateralMotion)
    && rest.every((cell) => cell.length === first.length && cell.every((d, i) => sameFinding(d, first[i]!)));
  return even ? first.map((d) => ({ ...d, side: 'bilateral' })) : perCell.flat();
}
