/**
 * Splits a span of document text into the units the diagnosis matcher reads: words (normalized),
 * side words, filler words, spinal levels ("L4-5", "C5-C6", "S1"), ICD-10 codes ("M51.36"),
 * and boundaries (punctuation that ends a mention). Offsets point into the document text.
 */
import type { CompiledDiagnosisLexicon } from './compile-diagnosis-lexicon.js';
import type { Side } from '../../../types/vocab.js';

export type UnitKind = 'word' | 'side' | 'filler' | 'level' | 'code' | 'boundary' | 'open' | 'close' | 'comma';

export interface Unit {
  readonly kind: UnitKind;
  /** Normalized word, level key ("L5-S1"), upper-case code, or the punctuation. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly side?: Side;
  /** For a level: the region word it stands for. */
  readonly region?: string;
  /** True for a boundary that ends a list item (";", sentence end, list marker). */
  readonly itemEnd?: boolean;
}

/**
 * A unit with every field present (absent ones undefined), so all units share one object shape
 * and the matcher's many reads of `kind` and `norm` stay monomorphic (fast) in V8.
 */
export function makeUnit(kind: UnitKind, norm: string, start: number, end: number, extra?: { side?: Side; region?: string; itemEnd?: boolean }): Unit {
  return { kind, norm, start, end, side: extra?.side, region: extra?.region, itemEnd: extra?.itemEnd };
}

// One pass over the text: codes, levels, words, then punctuation. A dotless code-like token
// ("I10", "T12") is a code only when the lexicon knows it; otherwise a level or a word.
// A line opening with a dotted code is a new row of a coded list ("S97.111D  Crush injury ...").
// Once such a row is seen, a line opening with a capitalized word is a new row too: a coded list's
// uncoded rows ("F32.1 Major depressive ..." / "Rule out ..."), whose indentation normalizing removed.
// Groups are numbered (CODE, LEVEL, WORD, PUNCT below), not named: a named group makes every
// match allocate a `groups` object, and this regex matches every word of every scope.
const UNIT_RE =
  /(\b[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?\b)|(\b[CTLS]\d{1,2}(?:\s?[-–/]\s?[CTLS]?\d{1,2})?\b)|([A-Za-z0-9]+(?:'[A-Za-z]+)?(?:\/[A-Za-z0-9]+)*)|(\r?\n[ \t]*(?:\d{1,2}[.)]|[a-hA-H][.)]|[-*•])(?=\s)|\r?\n[ \t]*(?=[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}[ \t])|\r?\n(?=[A-Z][a-z])|[;:()[\]]|\s-\s|\s\/\s|\.(?=\s|$)|,)/g;
const CODE = 1;
const LEVEL = 2;
const WORD = 3;
const PUNCT = 4;
const LEVEL_RE = /^([CTLS])(\d{1,2})(?:\s?[-–/]\s?([CTLS])?(\d{1,2}))?$/;
const LEVEL_MAX: Record<string, number> = { C: 8, T: 12, L: 5, S: 5 };

/** "L4-5" → "L4-L5"; null when the numbers are not spinal levels. */
export function levelKey(text: string): string | null {
  const m = LEVEL_RE.exec(text.toUpperCase());
  if (!m) return null;
  const [, p1, n1, p2raw, n2] = m;
  if (!p1 || !n1 || Number(n1) < 1 || Number(n1) > (LEVEL_MAX[p1] ?? 0)) return null;
  if (!n2) return `${p1}${n1}`;
  const p2 = p2raw ?? p1;
  if (Number(n2) < 1 || Number(n2) > (LEVEL_MAX[p2] ?? 0)) return null;
  return `${p1}${n1}-${p2}${n2}`;
}

/** Units of `text.slice(start, end)`. */
export function tokenizeDiagnosisText(text: string, start: number, end: number, lex: CompiledDiagnosisLexicon): Unit[] {
  const units: Unit[] = [];
  const slice = text.slice(start, end);
  UNIT_RE.lastIndex = 0;
  let codedRows = false;
  for (let m = UNIT_RE.exec(slice); m; m = UNIT_RE.exec(slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    const codeText = m[CODE];
    const levelText = m[LEVEL];
    const wordText = m[WORD];
    const punctText = m[PUNCT];
    if (codeText !== undefined) {
      const code = codeText.toUpperCase();
      if (code.includes('.') ? lex.categories.has(code.slice(0, 3)) : lex.codes.has(code)) {
        if (code.includes('.') && /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', s - 1) + 1, s))) codedRows = true;
        units.push(makeUnit('code', code, s, e));
        continue;
      }
      const level = levelKey(codeText);
      if (level) {
        units.push(levelUnit(level, s, e, lex));
        continue;
      }
      pushWord(units, codeText, s, e, lex);
    } else if (levelText !== undefined) {
      const level = levelKey(levelText);
      if (level) units.push(levelUnit(level, s, e, lex));
      else pushWord(units, levelText, s, e, lex);
    } else if (wordText !== undefined) {
      pushWord(units, wordText, s, e, lex);
    } else if (punctText !== undefined) {
      // a line break before a capitalized word opens a row only in a coded list
      if (punctText.trim() === '' && !codedRows && !/^[ \t]*[A-TV-Z]\d/.test(slice.slice(m.index + m[0].length))) continue;
      units.push(punctUnit(punctText, s, e, slice, m.index, lex));
    }
  }
  if (lex.ordinalJoiners.size > 0) joinOrdinals(units, lex);
  return units;
}

/**
 * "fractures of the 2nd and 3rd metatarsals", "second, third and fourth metacarpals": a joiner word
 * or comma between two ordinals is part of the run of ordinals (fillers), not a word of the name.
 */
export function joinOrdinals(units: Unit[], lex: Pick<CompiledDiagnosisLexicon, 'ordinals' | 'ordinalJoiners'>): void {
  for (let k = 1; k + 1 < units.length; k++) {
    const u = units[k]!;
    const joins = (u.kind === 'word' && lex.ordinalJoiners.has(u.norm)) || (u.kind === 'comma' && u.norm === ',');
    if (!joins || !lex.ordinals.has(units[k - 1]!.norm) || !lex.ordinals.has(units[k + 1]!.norm)) continue;
    units[k] = makeUnit('filler', u.norm, u.start, u.end);
  }
}

function levelUnit(level: string, start: number, end: number, lex: CompiledDiagnosisLexicon): Unit {
  const region = lex.levelRegion.get(level[0] ?? '');
  return makeUnit('level', level, start, end, region ? { region } : undefined);
}

function pushWord(units: Unit[], raw: string, start: number, end: number, lex: CompiledDiagnosisLexicon): void {
  const lower = raw.toLowerCase();
  const norm = lex.variants.get(lower) ?? lower;
  const side = lex.sideWords.get(norm);
  // A one-letter side word ("L", "R") counts only in capitals: "l" and "r" are rarely sides in prose.
  if (side && (norm.length > 1 || raw === raw.toUpperCase())) units.push(makeUnit('side', norm, start, end, { side }));
  else if (lex.fillers.has(norm)) units.push(makeUnit('filler', norm, start, end));
  else units.push(makeUnit('word', norm, start, end));
}

function punctUnit(p: string, start: number, end: number, slice: string, index: number, lex: CompiledDiagnosisLexicon): Unit {
  if (p === ',') return makeUnit('comma', ',', start, end);
  if (p === '(' || p === '[') return makeUnit('open', '(', start, end);
  if (p === ')' || p === ']') return makeUnit('close', ')', start, end);
  if (p === '.') {
    // A period after an abbreviation ("vs.") or a bare list number ("1.") does not end anything.
    const before = /(?:^|[^A-Za-z0-9])([A-Za-z.]+|\d+)$/.exec(slice.slice(Math.max(0, index - 8), index))?.[1]?.toLowerCase() ?? '';
    if (lex.abbreviations.has(before) || /^\d{1,2}$/.test(before)) return makeUnit('comma', '.', start, end);
    return makeUnit('boundary', '.', start, end, { itemEnd: true });
  }
  if (p === ':') return makeUnit('boundary', ':', start, end);
  // a dash between words parts a name from its qualifier; a dash opening a line is a list bullet and ends the item
  if (p.trim() === '-' && !p.includes('\n')) return makeUnit('boundary', '-', start, end);
  // "sacroiliac joint dysfunction / sacroiliitis": two names side by side, not one mention
  if (p.trim() === '/') return makeUnit('boundary', '/', start, end);
  return makeUnit('boundary', p.trim(), start, end, { itemEnd: true });
}
