/**
 * Where diagnoses are read, and how: diagnosis sections and inline diagnosis lists ("Diagnoses:",
 * "her diagnoses include") are read as lists, where every mention counts; past-medical-history
 * sections as comorbidity lists; other clinical text as narrative, where only cued ("history of",
 * "no evidence of"), coded or status-post mentions count. Rationale, decision, plan and
 * administrative sections are never read.
 */
import type { SegmentedDocument } from '../../../types/pipeline.js';
import { sectionIndexAt } from '../../evidence.js';
import type { CompiledDiagnosisLexicon } from './compile-diagnosis-lexicon.js';

export type ScopeMode = 'list' | 'narrative';

export interface DiagnosisScope {
  readonly start: number;
  readonly end: number;
  readonly mode: ScopeMode;
}

// A list item in a mixed section starts a line with a number or bullet.
const ITEM_START = /^[ \t]*(?:\d{1,2}[.)]|[a-hA-H][.)]|[-*•])[ \t]+/;

/** Every scope of `doc` to read for diagnoses, list scopes first. */
export function findDiagnosisScopes(doc: SegmentedDocument, lex: CompiledDiagnosisLexicon): DiagnosisScope[] {
  const { listSections, mixedSections, excludedSections, cueExcludedSections } = lex.lexicon;
  const list: DiagnosisScope[] = [];
  const narrative: DiagnosisScope[] = [];
  for (const section of doc.sections) {
    const name = section.name;
    if (name && excludedSections.includes(name)) continue;
    const span = { start: section.bodyStart, end: section.end };
    if (span.end <= span.start) continue;
    if (name && listSections.includes(name)) list.push({ ...span, mode: 'list' });
    else if (name && mixedSections.includes(name)) {
      // "Assessment: Cervical sprain/strain. Cervicogenic headaches." — text on the header's own
      // line is the list itself, up to the first blank line.
      const lineEnd = doc.text.indexOf('\n', span.start);
      const inline = doc.text.slice(span.start, lineEnd < 0 ? span.end : Math.min(lineEnd, span.end)).trim() !== '';
      const listEnd = inline ? blockEnd(doc.text, span.start, span.end) : span.start;
      if (listEnd > span.start) list.push({ start: span.start, end: listEnd, mode: 'list' });
      splitMixed(doc.text, listEnd, span.end, list, narrative);
    }
    else if (name === 'history' && isPastHistory(section.header, lex)) list.push({ ...span, mode: 'list' });
    else narrative.push({ ...span, mode: 'narrative' });
  }
  lex.listCueScan.each(doc.text, (which, m) => {
    const cue = lex.listCues[which]!;
    const at = m.index;
    const idx = sectionIndexAt(doc, at);
    const section = idx >= 0 ? doc.sections[idx] : undefined;
    if (section?.name && (cueExcludedSections.includes(section.name) || cue.notInSections.includes(section.name))) return;
    const start = at + m[0].length;
    const limit = section ? section.end : doc.text.length;
    const end = cue.scope === 'block' ? blockEnd(doc.text, start, limit) : sentenceEnd(doc.text, start, limit, lex);
    if (end > start) (cue.mode === 'list' ? list : narrative).push({ start, end, mode: cue.mode });
  });
  return [...list, ...narrative];
}

function isPastHistory(header: string | null, lex: CompiledDiagnosisLexicon): boolean {
  const h = header?.toLowerCase() ?? '';
  return lex.pastHistoryHeaders.some((p) => h.includes(p));
}

/** Numbered or bulleted items (with their continuation lines) are lists; other lines narrative. */
function splitMixed(text: string, start: number, end: number, list: DiagnosisScope[], narrative: DiagnosisScope[]): void {
  let pos = start;
  let inItem = false;
  let runStart = start;
  const flush = (to: number): void => {
    if (to > runStart) (inItem ? list : narrative).push({ start: runStart, end: to, mode: inItem ? 'list' : 'narrative' });
    runStart = to;
  };
  while (pos < end) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl >= end ? end : nl + 1;
    const line = text.slice(pos, lineEnd);
    if (ITEM_START.test(line)) {
      flush(pos);
      inItem = true;
    } else if (line.trim() === '' && inItem) {
      flush(pos);
      inItem = false;
    }
    pos = lineEnd;
  }
  flush(end);
}

// A blank line ends a block only before a heading-like line ("PLAN:", "P:", "WORK STATUS"): OCR
// and some layouts put a blank line between every wrapped line of one paragraph.
const BLOCK_END = /\n[ \t]*\n(?=[ \t]*(?:[A-Za-z][A-Za-z0-9 /&()'-]{0,60}:|[A-Z][A-Z0-9 /&()'-]{3,}[ \t]*(?:\n|$)))/;
// A blank line ends a sentence unless the next line continues it in lower case.
// A period followed by the next number of an inline list ("... T7-T9. 2. Thoracic ...").
const NEXT_ITEM = /^\s+\d{1,2}[.)]\s/;
const SENTENCE_END = /\.(?=\s+["“(]?[A-Z0-9])|\n[ \t]*\n(?=\s*[^a-z\s])/g;

/** End of the paragraph: a blank line before a heading, or `limit`. */
function blockEnd(text: string, start: number, limit: number): number {
  const m = BLOCK_END.exec(text.slice(start, Math.min(limit, start + 2000)));
  return m ? start + m.index : Math.min(limit, start + 2000);
}

/**
 * End of the sentence that starts at `start`: a period before a capital or a digit, skipping
 * abbreviations and bare list numbers ("1."), or a blank line, or `limit`.
 */
function sentenceEnd(text: string, start: number, limit: number, lex: CompiledDiagnosisLexicon): number {
  const slice = text.slice(start, Math.min(limit, start + 1500));
  const re = SENTENCE_END; // shared: reset here, and nothing below runs it
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0] !== '.') return start + m.index;
    // "1. Facet arthropathy, right T7-T9. 2. Thoracic strain.": the next item number goes on with the list
    if (NEXT_ITEM.test(slice.slice(m.index + 1, m.index + 8))) continue;
    const before = /(?:^|[^A-Za-z0-9])([A-Za-z.]+|\d+)$/.exec(slice.slice(Math.max(0, m.index - 8), m.index))?.[1]?.toLowerCase() ?? '';
    if (lex.abbreviations.has(before) || /^\d{1,2}$/.test(before)) continue;
    return start + m.index + 1;
  }
  return start + slice.length;
}
