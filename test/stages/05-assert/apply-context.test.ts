import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/lexicons/load-lexicons.js';
import type { Lexicons } from '../../../src/lexicons/registry.js';
import { assertSpan } from '../../../src/stages/05-assert/apply-context.js';
import type { SegmentedDocument, Sentence } from '../../../src/types/pipeline.js';
import type { SectionName } from '../../../src/types/vocab.js';

// assertSpan reads only the context rules; the rest of the bundle is not needed here.
const lexicons = { context: loadLexicon('context') } as unknown as Lexicons;

interface Line {
  readonly text: string;
  readonly listItem?: boolean;
}

/** A document whose sentences are the given lines (joined by newlines), all in one section. */
function docOf(lines: readonly Line[], section: SectionName = 'rationale'): SegmentedDocument {
  const text = lines.map((l) => l.text).join('\n');
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const l of lines) {
    sentences.push({ start: offset, end: offset + l.text.length, text: l.text, sectionIndex: 0, listItem: l.listItem ?? false });
    offset += l.text.length + 1;
  }
  return {
    text,
    pageOffsets: [0],
    sections: [{ name: section, header: null, headerId: null, start: 0, bodyStart: 0, end: text.length }],
    sentences,
    kind: 'other',
  };
}

function assertIn(doc: SegmentedDocument, target: string, nth = 0) {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = doc.text.indexOf(target, start + 1);
  if (start < 0) throw new Error(`no "${target}"`);
  return assertSpan(doc, { start, end: start + target.length }, lexicons);
}

describe('assertSpan', () => {
  it('returns cues with absolute document offsets', () => {
    const doc = docOf([{ text: 'Pain is 7/10.' }, { text: 'He denies radiating pain.' }]);
    const a = assertIn(doc, 'radiating pain');
    expect(a.negated).toBe(true);
    const cue = a.cues[0]!;
    expect(doc.text.slice(cue.start, cue.end)).toBe('denies');
    expect(cue.ruleId).toBe('neg.denies');
  });

  it('does not let a trigger of one sentence reach into the next', () => {
    const doc = docOf([{ text: 'No fever.' }, { text: 'Radicular pain down the left leg.' }]);
    expect(assertIn(doc, 'Radicular pain').negated).toBe(false);
  });

  it('carries a lead-in "Negative for:" over its bullets', () => {
    const doc = docOf([
      { text: 'Review of systems negative for:', listItem: true },
      { text: '- radiating pain', listItem: true },
      { text: '- bowel or bladder dysfunction', listItem: true },
    ]);
    const a = assertIn(doc, 'bowel or bladder dysfunction');
    expect(a.negated).toBe(true);
    expect(a.cues[0]?.text).toBe('negative for');
  });

  it('does not carry a lead-in whose trigger was terminated before the colon', () => {
    const doc = docOf([{ text: 'No fever but reports the following:', listItem: true }, { text: '- radiating pain', listItem: true }]);
    expect(assertIn(doc, 'radiating pain').negated).toBe(false);
  });

  it('keeps the guideline cue of a criteria list cut at ";" line ends', () => {
    const doc = docOf([
      { text: 'The MTUS guidelines recommend trigger point injections only when the listed criteria are met: documented trigger points;' },
      { text: 'symptoms for more than three months;' },
      { text: 'radiculopathy is not present (by exam, imaging, or neuro-testing);' },
      { text: 'no more than 3-4 injections per session.' },
      { text: 'The records document no radicular complaints.' },
    ]);
    const criterion = assertIn(doc, 'radiculopathy');
    expect(criterion.guideline).toBe(true);
    expect(criterion.cues.some((c) => c.ruleId === 'guide.guideline-verb')).toBe(true);
    const patient = assertIn(doc, 'radicular complaints');
    expect(patient.guideline).toBe(false);
    expect(patient.negated).toBe(true);
  });

  it('reads "is recommended" as a guideline statement in a rationale but not in a treatment plan', () => {
    const line = [{ text: 'An epidural steroid injection is recommended for the left L5 radiculopathy.' }];
    expect(assertIn(docOf(line, 'rationale'), 'radiculopathy').guideline).toBe(true);
    expect(assertIn(docOf(line, 'treatment_plan'), 'radiculopathy').guideline).toBe(false);
  });

  it('gives the same answer for repeated targets of a cached sentence', () => {
    const doc = docOf([{ text: 'She denies numbness, tingling or weakness in the legs.' }]);
    const first = assertIn(doc, 'tingling');
    const again = assertIn(doc, 'tingling');
    expect(again).toEqual(first);
    expect(assertIn(doc, 'weakness').negated).toBe(true);
  });

  it('carries a criteria lead-in over its numbered criteria', () => {
    const doc = docOf([
      { text: 'Criteria for the use of epidural steroid injections:', listItem: true },
      { text: '1) Radicular pain documented by examination and imaging.', listItem: true },
      { text: '2) Initially unresponsive to conservative treatment.', listItem: true },
    ]);
    expect(assertIn(doc, 'Radicular pain').guideline).toBe(true);
    expect(assertIn(doc, 'conservative treatment').guideline).toBe(true);
  });

  it('takes a guideline cue from a later piece of the same statement', () => {
    const doc = docOf([{ text: 'Radiculopathy documented by examination;' }, { text: 'these are the criteria the MTUS requires.' }]);
    expect(assertIn(doc, 'Radiculopathy').guideline).toBe(true);
  });

  it('places a target that starts in the whitespace before a sentence in that sentence', () => {
    const doc = docOf([{ text: 'Pain 5/10.' }, { text: 'Denies radiating pain.' }]);
    const gap = doc.text.indexOf('\n');
    const end = doc.text.indexOf(' pain.');
    const a = assertSpan(doc, { start: gap, end }, lexicons);
    expect(a.negated).toBe(true);
    expect(a.cues[0]?.text).toBe('Denies');
  });

  it('treats a span outside every sentence as affirmed', () => {
    const doc = docOf([{ text: 'No fever.' }]);
    const a = assertSpan({ ...doc, sentences: [] }, { start: 3, end: 8 }, lexicons);
    expect(a.negated).toBe(false);
    expect(a.cues).toEqual([]);
  });
});
