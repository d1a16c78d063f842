/**
 * Finger motion tables with one column per digit ("Measure   4th digit   5th digit", then
 * "MCP flexion (active)   45 deg   40 deg"): each cell is the row's measure for its column's digit,
 * a range-of-motion finding named by the row and the digit ("MCP flexion (active), 4th digit").
 * The header's column titles are the exam lexicon's `digitColumns`; cells carry a degree unit. The
 * table is read the same when its lines were reflowed into one ("Measure 4th digit 5th digit ---- MCP
 * flexion (active) 45 deg 40 deg PIP flexion ...").
 */
import type { Sentence } from '../../../types/pipeline.js';
import { allMatches, type CompiledExam } from './compile-exam-lexicon.js';
import type { Draft } from './exam-types.js';

/** Text before a sentence that its table's header may sit in. */
const REACH = 400;
/** Most rows one header covers. */
const MAX_ROWS = 15;

interface Compiled { readonly header: RegExp; readonly title: RegExp; readonly degree: string }
const cache = new WeakMap<object, Compiled | null>();

function compile(c: CompiledExam): Compiled | null {
  let hit = cache.get(c);
  if (hit === undefined) {
    const conf = c.lex.digitColumns;
    // two or more digit titles in a row, then a rule or a row label: the header (its lines may have been reflowed into one)
    hit = conf ? {
      header: new RegExp(`(?<![\\w-])((?:${conf.title})(?:[ \\t]+(?:${conf.title})){1,4})(?=\\s+(?:[-=_]{3,}|[A-Za-z]))`, 'gi'),
      title: new RegExp(`(?<![\\w-])(?:${conf.title})(?![\\w-])`, 'gi'),
      degree: c.lex.degreeUnit,
    } : null;
    cache.set(c, hit);
  }
  return hit;
}

/** The cells of the rows of a per-digit motion table that start in sentence `s` of `text`. */
export function digitRows(c: CompiledExam, s: Sentence, text: string): Draft[] {
  const k = compile(c);
  if (!k) return [];
  const from = Math.max(0, s.start - REACH);
  const header = allMatches(k.header, text.slice(from, s.end)).pop();
  if (!header) return [];
  const titles = allMatches(k.title, header[1]!).map((m) => m[0]);
  if (titles.length < 2) return [];
  // a row: an optional rule, its label, then one measure in degrees per column; rows may share a line
  const cell = `[ \\t]+(-?\\d{1,3})[ \\t]*${k.degree}`;
  const row = new RegExp(`\\s*(?:[-=_]{3,}\\s*)?([A-Za-z][A-Za-z0-9 /(),-]*?)${cell.repeat(titles.length)}(?![\\w/])`, 'y');
  const out: Draft[] = [];
  row.lastIndex = from + header.index + header[0].length;
  for (let n = 0, m = row.exec(text); m && n < MAX_ROWS; n++, m = row.exec(text)) {
    const rowStart = m.index + m[0].length - m[0].trimStart().length + (m[0].trimStart().search(/[A-Za-z]/));
    if (rowStart < s.start || rowStart >= s.end) continue;
    const label = m[1]!.trim();
    titles.forEach((title, i) => {
      out.push({
        kind: 'range_of_motion', start: rowStart, end: m!.index + m![0].length, qualifier: `${label}, ${title}`,
        value: Number(m![i + 2]), unit: 'degrees', side: null, defaultPart: 'finger', negated: false, specificPart: true,
      });
    });
  }
  return out;
}
