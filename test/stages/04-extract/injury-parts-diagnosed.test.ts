/**
 * Injured parts checked against the diagnoses: a story part no present diagnosis names becomes the
 * one diagnosed part of its limb region (by the diagnosis's words or its code), a whole-limb word the
 * one diagnosed part of its limb; otherwise the story's part stays.
 */
import { describe, expect, it } from 'vitest';
import { compileDiagnosedParts, diagnosedParts, refineByDiagnoses, type LimbRegion, type StoryPart } from '../../../src/stages/04-extract/diagnosed-parts.js';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import type { Diagnosis } from '../../../src/types/facts.js';
import type { BodyPart, Side } from '../../../src/types/vocab.js';
import { docOf, lex } from '../../helpers/docs.js';

const regions = lex.mechanisms.diagnosedRegions ?? [];
const rules = compileDiagnosedParts(regions, lex.mechanisms.diagnosedPartCodes ?? []);

const partsOf = (text: string) => {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex), findDiagnoses(doc, lex)).bodyParts.map((b) => [b.part, b.side, b.evidence.text]);
};

const ev = (text: string, start = 0) => ({ start, end: start + text.length, text });
const story = (part: BodyPart, side: Side | null, generic = false, limb: 'upper' | 'lower' | null = null): StoryPart =>
  ({ part, side, generic, limb, evidence: ev(part) });
const dx = (text: string, icd10: string | null, side: Side | null, assertion: Diagnosis['assertion'] = 'present'): Diagnosis =>
  ({ concept: 'x', icd10, side, assertion, evidence: ev(text, 100) }) as unknown as Diagnosis;

describe('diagnosedParts', () => {
  it('reads the part from the code where the name holds no part word, else from the words', () => {
    const found = diagnosedParts([dx('Carpal tunnel syndrome', 'G56.01', 'right'), dx('Right ankle sprain', null, 'right')], lex, rules);
    expect(found.map((d) => [d.part, d.side])).toEqual([['wrist', 'right'], ['ankle', 'right']]);
  });

  it('takes the longest code prefix, and skips diagnoses that are not present or name no limb part', () => {
    const found = diagnosedParts([
      dx('Achilles tendinopathy', 'M76.61', 'right'),
      dx('plantar fasciitis', 'M72.2', 'right', 'possible'),
      dx('Hypertension', 'I10', null),
    ], lex, rules);
    expect(found.map((d) => d.part)).toEqual(['ankle']);
  });
});

describe('refineByDiagnoses', () => {
  const regionsOf: readonly LimbRegion[] = regions;
  it('replaces a story part by the one diagnosed part of its region, keeping the story side', () => {
    const out = refineByDiagnoses([story('foot', 'right')], [{ part: 'ankle', side: null, evidence: ev('ankle sprain', 50) }], regionsOf);
    expect(out).toEqual([{ part: 'ankle', side: 'right', evidence: ev('ankle sprain', 50) }]);
  });

  it('keeps a part a diagnosis names, a part whose region has two diagnosed parts, and a part of a disagreeing side', () => {
    expect(refineByDiagnoses([story('foot', 'right')], [{ part: 'foot', side: 'right', evidence: ev('x') }, { part: 'ankle', side: 'right', evidence: ev('y') }], regionsOf)
      .map((p) => p.part)).toEqual(['foot']);
    expect(refineByDiagnoses([story('finger', 'right')], [{ part: 'wrist', side: 'right', evidence: ev('x') }, { part: 'hand', side: 'right', evidence: ev('y') }], regionsOf)
      .map((p) => p.part)).toEqual(['finger']);
    expect(refineByDiagnoses([story('foot', 'left')], [{ part: 'ankle', side: 'right', evidence: ev('x') }], regionsOf).map((p) => p.part)).toEqual(['foot']);
  });

  it('does not take a part from a region of another limb region, unless the story names only the whole limb', () => {
    expect(refineByDiagnoses([story('lower leg', 'left')], [{ part: 'hip', side: 'left', evidence: ev('x') }], regionsOf).map((p) => p.part)).toEqual(['lower leg']);
    expect(refineByDiagnoses([story('lower leg', 'left', true, 'lower')], [{ part: 'hip', side: 'left', evidence: ev('x') }], regionsOf).map((p) => p.part)).toEqual(['hip']);
  });

  it('leaves a story part alone when the story itself names the diagnosed part too, and joins parts that meet', () => {
    expect(refineByDiagnoses([story('foot', 'right'), story('ankle', 'right')], [{ part: 'ankle', side: 'right', evidence: ev('x') }], regionsOf)
      .map((p) => p.part)).toEqual(['foot', 'ankle']);
    expect(refineByDiagnoses([story('hand', 'right'), story('finger', null)], [{ part: 'wrist', side: 'right', evidence: ev('x') }], regionsOf)
      .map((p) => [p.part, p.side])).toEqual([['wrist', 'right']]);
  });
});

describe('injured parts from the story, checked against the diagnoses', () => {
  it('takes the diagnosed ankle for the foot that stepped into a hole', () => {
    expect(partsOf('HISTORY: On 7/19/2023 she stepped into a hole and injured her right foot. She was seen at urgent care the same day.\n' +
      'EXAM: Swelling laterally.\nDIAGNOSES:\n1. Right ankle sprain (S93.401A)\n')).toEqual([['ankle', 'right', 'Right ankle sprain']]);
  });

  it('takes the diagnosed hip for a whole leg hurt in the fall', () => {
    expect(partsOf('HISTORY: On 2/3/2022 he slipped on ice and fell hard, injuring his left leg. He went home early.\n' +
      'EXAM: Tender.\nIMPRESSION:\n1. Left hip pain (M25.552)\n')).toEqual([['hip', 'left', 'Left hip pain']]);
  });

  it('takes the wrists of a carpal tunnel syndrome for the hands, by its code', () => {
    expect(partsOf('HISTORY: On 5/3/2021 she was typing when she felt pain in both hands. She kept working.\n' +
      'DIAGNOSES:\n1. Carpal tunnel syndrome, bilateral (G56.03)\n')).toEqual([['wrist', 'bilateral', 'Carpal tunnel syndrome']]);
  });

  it('keeps the story part when no diagnosis names a part of its region', () => {
    expect(partsOf('HISTORY: On 7/19/2023 she stepped into a hole and injured her right foot.\nDIAGNOSES:\n1. Lumbar strain (S39.012A)\n'))
      .toEqual([['foot', 'right', 'foot']]);
  });
});

describe('a claim form list of parts', () => {
  it('gives a coordinated limb part the side of the one before ("R hand/wrist", "left knee and ankle")', () => {
    expect(partsOf('Body parts claimed: R hand/wrist, neck\nHISTORY: On 5/3/2021 she fell.\n').map(([p, s]) => [p, s]))
      .toEqual([['hand', 'right'], ['wrist', 'right'], ['cervical spine', null]]);
    expect(partsOf('Body parts claimed: left knee and ankle\nHISTORY: On 5/3/2021 she fell.\n').map(([p, s]) => [p, s]))
      .toEqual([['knee', 'left'], ['ankle', 'left']]);
  });

  it('reads "B" before a part as bilateral ("B hands/wrists")', () => {
    expect(partsOf('Body parts claimed: B hands/wrists, R long finger, neck\nHISTORY: On 5/3/2021 she fell.\n').map(([p, s]) => [p, s]))
      .toEqual([['hand', 'bilateral'], ['wrist', 'bilateral'], ['finger', 'right'], ['cervical spine', null]]);
  });

  it('reads "Body part(s):", and the singular label in a claim header (an injury date or claim number near it)', () => {
    expect(partsOf('Date of Injury:   CT March 2, 2015 - September 16, 2022\nBody part:        Right elbow / right hand       Report purpose: RFA\nHISTORY: He operates a crane.\n').map(([p, s]) => [p, s]))
      .toEqual([['elbow', 'right'], ['hand', 'right']]);
    expect(partsOf('Body part(s): L shoulder / scapula          Visit: f/u #4\nS: On 2/14/23 he carried conduit.\n').map(([p, s]) => [p, s]))
      .toEqual([['shoulder', 'left']]);
  });

  it('a label inside prose lists the parts of its own sentence only', () => {
    expect(partsOf('Subjective complaints:\nShe was taken off the line on 09/22/2020. Body parts claimed: both wrists/hands and the right thumb. She reports tingling that radiates up the forearm toward the elbow and denies neck pain.\n').map(([p, s]) => [p, s]))
      .toEqual([['wrist', 'bilateral'], ['hand', 'bilateral'], ['hand', 'right']]);
  });

  it('reads a side in brackets after a part ("face/jaw (left)")', () => {
    expect(partsOf('Body parts claimed: face/jaw (left), head, psyche\nHISTORY: On 5/3/2021 he was punched.\n').map(([p, s]) => [p, s]))
      .toEqual([['face', 'left'], ['head', null], ['psyche', null]]);
  });
});
