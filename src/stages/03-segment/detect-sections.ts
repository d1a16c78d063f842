/**
 * Section segmentation from the header lexicon. A header is a lexicon phrase at the start of a
 * line, then a colon (with or without text after it, when the entry allows inline text) or the
 * end of the line. Two header phrases joined by a compound joiner ("TREATMENT PLAN / RFA") are one
 * header. Sections run from one header to the next and together cover the whole text.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Section } from '../../types/pipeline.js';
import type { SectionName } from '../../types/vocab.js';

interface HeaderEntry {
  readonly id: string;
  readonly section: SectionName;
  readonly inline: boolean;
  readonly endsAtParagraph: boolean;
}

interface FoundHeader {
  readonly start: number;
  readonly bodyStart: number;
  readonly header: string;
  readonly id: string;
  readonly section: SectionName;
  /** True for a section taken up again after a one-paragraph inline section, which has no header of its own. */
  readonly resumed?: boolean;
}

interface HeaderMatcher {
  readonly regex: RegExp;
  readonly byPhrase: ReadonlyMap<string, HeaderEntry>;
}

const matcherCache = new WeakMap<object, HeaderMatcher>();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phraseKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** One alternation of every header phrase, longest first, compiled once per lexicon bundle. */
function headerMatcher(lex: Lexicons['sectionHeaders']): HeaderMatcher {
  const hit = matcherCache.get(lex);
  if (hit) return hit;
  const byPhrase = new Map<string, HeaderEntry>();
  for (const e of lex.entries) {
    for (const h of e.headers) byPhrase.set(phraseKey(h), { id: e.id, section: e.section, inline: e.inline, endsAtParagraph: e.endsAtParagraph });
  }
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length).map((p) => escape(p).replace(/ /g, '[ \\t]+'));
  const any = `(?:${phrases.join('|')})`;
  // a word joiner ("and") needs spaces around it; a sign ("/") may touch the phrases
  const joiners = lex.compoundJoiners.map((j) => (/^\w+$/.test(j) ? `[ \\t]+${escape(j)}[ \\t]+` : `[ \\t]*${escape(j)}[ \\t]*`));
  const compound = joiners.length ? `(?:(?:${joiners.join('|')})${any})*` : '';
  // line start, optional numbering, the phrase (group 2: its first part), optional "(continued)", then colon, a spaced dash
  // that ends the line ("HISTORY -", a header the way some letter templates print them) or end of line.
  // Sticky: it is tried at line starts only (see `detectSections`), not at every character.
  const regex = new RegExp(
    `^[ \\t]*(?:\\d{1,2}[.)][ \\t]+)?((${phrases.join('|')})${compound})(?:[ \\t]*\\((?:continued|cont(?:'d|\\.)?)\\))?[ \\t]*(:|(?<=[ \\t])[-\\u2013\\u2014](?=[ \\t]*$)|$)`,
    'yim',
  );
  const m = { regex, byPhrase };
  matcherCache.set(lex, m);
  return m;
}

/** The characters after which a multiline `^` matches. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/**
 * The first line start (as multiline `^` sees lines) at or after `from`; -1 when there is none.
 * `feedsOnly` says the text breaks lines with line feeds only (normalized text does), so the
 * search is a plain `indexOf`, much faster than a character-class scan.
 */
function lineStartFrom(text: string, from: number, feedsOnly: boolean): number {
  if (from === 0) return 0;
  const c = text.charCodeAt(from - 1);
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return from;
  if (feedsOnly) {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? -1 : nl + 1;
  }
  LINE_BREAK.lastIndex = from;
  const m = LINE_BREAK.exec(text);
  return m ? m.index + 1 : -1;
}

/**
 * Where a one-paragraph inline section ends: at a blank line, or, since text read from a PDF
 * often has no blank lines, at a line that closes a sentence when the next line opens a prose
 * sentence ("The employee is ..."). Normalized text has wrapped lines joined, so such a line end
 * is a paragraph end.
 */
const PARAGRAPH_END = /\n[ \t]*\n|(?<=[.!?]["')\]]*[ \t]*)\n(?=[A-Z][a-z]+[ \t]+[a-z])/g;

/**
 * The interrupted section again, from the end of a one-paragraph inline section (see
 * `endsAtParagraph`); null when there is no section to resume or the paragraph runs to the end.
 */
function resumeAfterParagraph(text: string, header: FoundHeader, interrupted: FoundHeader | undefined): FoundHeader | null {
  if (!interrupted) return null;
  PARAGRAPH_END.lastIndex = header.bodyStart;
  const m = PARAGRAPH_END.exec(text);
  if (!m) return null;
  const at = m.index + m[0].length;
  return { ...interrupted, start: at, bodyStart: at, resumed: true };
}

type SoapLabels = NonNullable<Lexicons['sectionHeaders']['soapLabels']>;

const soapCache = new WeakMap<SoapLabels, RegExp>();

/**
 * The SOAP labels of a text ("S:", "O:", "A:", "P:" at line starts, capital, then a colon and a
 * blank or the line end): the first line each letter starts, kept only when at least
 * `minLabels` different letters start lines in the lexicon's order. Otherwise none.
 */
export function findSoapHeaders(text: string, soap: SoapLabels | undefined): FoundHeader[] {
  if (!soap) return [];
  // each label needs its letter and colon somewhere: too few of them and no line-start scan is run
  if (soap.labels.filter((l) => text.includes(`${l.letter}:`)).length < soap.minLabels) return [];
  let re = soapCache.get(soap);
  if (!re) soapCache.set(soap, (re = new RegExp(`^[ \\t]*([${soap.labels.map((l) => l.letter).join('')}]):(?=[ \\t]|$)`, 'gm')));
  const first = new Map<string, RegExpExecArray>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!first.has(m[1]!)) first.set(m[1]!, m);
  const out: FoundHeader[] = [];
  let last = -1;
  for (const { letter, section } of soap.labels) {
    const m = first.get(letter);
    if (!m || m.index <= last) continue;
    last = m.index;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ start, bodyStart: m.index + m[0].length, header: letter, id: `soap-${letter.toLowerCase()}`, section });
  }
  return out.length >= soap.minLabels ? out : [];
}

/**
 * The lexicon's headers and the SOAP labels together in text order. A lexicon header at the same
 * place wins; a resumed section there (no header of its own) gives way to the label.
 */
function withSoap(found: FoundHeader[], soap: readonly FoundHeader[]): FoundHeader[] {
  if (!soap.length) return found;
  const labelled = new Set(soap.map((h) => h.start));
  const kept = found.filter((f) => !(f.resumed && labelled.has(f.start)));
  const taken = new Set(kept.map((f) => f.start));
  return [...kept, ...soap.filter((h) => !taken.has(h.start))].sort((a, b) => a.start - b.start);
}

/**
 * Splits `text` into sections; text before the first header is a section with name null.
 * Every header match starts at a line start, so the sticky regex is tried at line starts in
 * order, which finds the same matches a global scan does at a fraction of the cost.
 */
export function detectSections(text: string, lexicons: Pick<Lexicons, 'sectionHeaders'>): Section[] {
  const { regex, byPhrase } = headerMatcher(lexicons.sectionHeaders);
  let found: FoundHeader[] = [];
  const resumes: Array<{ after: number; resumed: FoundHeader }> = [];
  const feedsOnly = !text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029');
  for (let p = lineStartFrom(text, 0, feedsOnly); p >= 0; ) {
    regex.lastIndex = p;
    const m = regex.exec(text);
    if (!m) {
      p = lineStartFrom(text, p + 1, feedsOnly);
      continue;
    }
    // the next search starts where this match ends, as a global scan's would
    p = lineStartFrom(text, Math.max(m.index + m[0].length, p + 1), feedsOnly);
    const phrase = m[1]!;
    // a compound header ("PLAN / RECOMMENDATIONS") opens the section of its first phrase
    const entry = byPhrase.get(phraseKey(phrase)) ?? byPhrase.get(phraseKey(m[2]!));
    if (!entry) continue;
    const colon = m[3] === ':';
    const lineEnd = text.indexOf('\n', m.index);
    const restOfLine = text.slice(m.index + m[0].length, lineEnd < 0 ? text.length : lineEnd).trim();
    if (colon && restOfLine && !entry.inline) continue;
    // A header without a colon must stand alone on its line and be capitalised like a header.
    if (!colon && !/^[A-Z0-9]/.test(phrase)) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const header: FoundHeader = { start, bodyStart: m.index + m[0].length, header: phrase, id: entry.id, section: entry.section };
    const resumed = entry.endsAtParagraph && colon && restOfLine ? resumeAfterParagraph(text, header, found[found.length - 1]) : null;
    found.push(header);
    if (resumed) resumes.push({ after: found.length - 1, resumed });
  }
  // a resumed section goes in only when no other header comes first
  for (const { after, resumed } of resumes.reverse()) {
    const next = found[after + 1];
    if (!next || next.start >= resumed.start) found.splice(after + 1, 0, resumed);
  }
  found = withSoap(found, findSoapHeaders(text, lexicons.sectionHeaders.soapLabels));
  const sections: Section[] = [];
  const firstStart = found[0]?.start ?? text.length;
  if (firstStart > 0 || found.length === 0) {
    sections.push({ name: null, header: null, headerId: null, start: 0, bodyStart: 0, end: firstStart });
  }
  found.forEach((f, i) => {
    const end = found[i + 1]?.start ?? text.length;
    sections.push({ name: f.section, header: f.header, headerId: f.id, start: f.start, bodyStart: f.bodyStart, end });
  });
  return sections.filter((s) => s.end > s.start || text.length === 0);
}
