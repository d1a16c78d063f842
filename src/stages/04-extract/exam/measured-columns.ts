/**
 * Motion tables with a normal and a measured column ("Motion   Normal   Measured   Pain", then
 * "Rotation, left   80   70   no"): the measured cell is the finding, wherever its column stands;
 * a side after the motion in the row's label ("Rotation, left") is its side (for rotation and
 * lateral bending, the direction). The header's column words are the exam lexicon's `measuredColumns`.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { Sentence } from '../../../types/pipeline.js';
import { firstMatch, type CompiledExam } from './compile-exam-lexicon.js';
import { lineMatches } from './line-matches.js';
import type { Draft } from './exam-types.js';
import { sideIn } from './side-in.js';

/** Text before a sentence that its table's header may sit in. */
const REACH = 300;
/** Most rows one header covers. */
const MAX_ROWS = 15;

interface Compiled { readonly header: RegExp; readonly measured: RegExp; readonly normal: RegExp; readonly row: RegExp }
const cache = new WeakMap<object, Compiled | null>();

function compile(c: CompiledExam): Compiled | null {
  let hit = cache.get(c);
  if (hit === undefined) {
    const conf = c.lex.measuredColumns;
    hit = conf ? {
      header: new RegExp(conf.header, 'gim'),
      measured: new RegExp(`^(?:${conf.measured})$`, 'i'),
      normal: new RegExp(`^(?:${conf.normal})$`, 'i'),
      row: new RegExp(`^[ \\t]*(${c.motions.re.source})(?:[ \\t]*,?[ \\t]*(${c.lex.sideToken})\\b)?((?:[ \\t]+-?\\d{1,3}(?![\\d/]))+)`, 'i'),
    } : null;
    cache.set(c, hit);
  }
  return hit;
}

/** Whether `line` is the header of a normal/measured motion table. */
export function isMeasuredHeader(c: CompiledExam, line: string): boolean {
  const k = compile(c);
  if (!k) return false;
  const h = firstMatch(k.header, line);
  const titles = h ? h[1]!.trim().split(/\s+/) : [];
  return titles.some((t) => k.measured.test(t)) && titles.some((t) => k.normal.test(t));
}

/** The measured cells of the rows of a normal/measured table that start in sentence `s` of `text`. */
export function measuredRows(c: CompiledExam, s: Sentence, text: string, lexicons: Pick<Lexicons, 'bodyParts'>): Draft[] {
  const k = compile(c);
  if (!k) return [];
  const from = Math.max(0, s.start - REACH);
  const header = lineMatches(k.header, text.slice(from, s.end)).pop();
  if (!header) return [];
  const titles = header[1]!.trim().split(/\s+/);
  const col = titles.findIndex((t) => k.measured.test(t));
  if (col < 0 || !titles.some((t) => k.normal.test(t))) return [];
  const out: Draft[] = [];
  let at = text.indexOf('\n', from + header.index + header[0].length);
  for (let n = 0; at >= 0 && n < MAX_ROWS; n++) {
    const start = at + 1;
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
    const m = k.row.exec(line);
    if (!m) break;
    at = lineEnd;
    const rowStart = start + m.index + m[0].search(/\S/);
    if (rowStart < s.start || rowStart >= s.end) continue;
    const motion = c.motions.lookup(m[1]!);
    const cell = m[3]!.trim().split(/\s+/)[col];
    if (!motion || cell === undefined) continue;
    out.push({
      kind: 'range_of_motion', start: rowStart, end: start + line.trimEnd().length, qualifier: motion.name, value: Number(cell),
      unit: 'degrees', side: m[2] ? sideIn(m[2], lexicons) : null, defaultPart: null, negated: false, lateralMotion: motion.lateral,
    });
  }
  return out;
}
