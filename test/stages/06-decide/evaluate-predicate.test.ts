/** The predicate language on its own: three-valued combinators and the individual checks. */
import { describe, expect, it } from 'vitest';
import { evaluatePredicate } from '../../../src/stages/06-decide/evaluate-predicate.js';
import { parseQuantity } from '../../../src/text/parse-quantity.js';
import type { Predicate } from '../../../src/lexicons/schemas/guideline.js';
import { buildFacts, type FactsSpec } from './build-facts.js';

function run(p: Predicate, spec: FactsSpec) {
  const facts = buildFacts(spec);
  return evaluatePredicate(p, { facts, request: facts.requests[0]!, latestDate: '2014-01-01' });
}

const req = { treatment: 'physical therapy' } as const;
const MET: Predicate = { requestBodyPartIn: [null] };
const NOT: Predicate = { requestBodyPartIn: ['knee'] };
const UNK: Predicate = { painScore: {} };

describe('parseQuantity', () => {
  it.each([
    ['12 sessions (2 x 6)', 12], ['2x/week x 4 weeks (8 visits)', 8], ['2 times per week for 4 weeks', 8],
    ['#60', 60], ['x1', 1], ['up to 4 injections in one session', 4], ['28 days', 28], ['6 additional visits', 6],
    ['180 grams', 180], [null, null], ['as needed', null],
  ] as const)('%s → %s', (text, n) => expect(parseQuantity(text)).toBe(n));

  it.each([
    ['28 day functional restoration program', 28], ['six (6) additional acupuncture sessions', 6],
    ['Additional physical therapy 2 x 6 for the lumbar spine', 12], ['Norco 10/325 mg #60', null],
    ['cervical epidural steroid injection at C5-6', null], ['left L5-S1 transforaminal ESI', null], ['compound cream 240 g', null],
  ] as const)('request text %s → %s', (text, n) => expect(parseQuantity(text, true)).toBe(n));
});

describe('combinators', () => {
  it.each([
    [{ all: [MET, MET] }, 'met'], [{ all: [MET, UNK] }, 'unknown'], [{ all: [UNK, NOT] }, 'not_met'],
    [{ any: [NOT, NOT] }, 'not_met'], [{ any: [NOT, UNK] }, 'unknown'], [{ any: [UNK, MET] }, 'met'],
    [{ not: MET }, 'not_met'], [{ not: NOT }, 'met'], [{ not: UNK }, 'unknown'],
  ] as Array<[Predicate, string]>)('%j → %s', (p, want) => expect(run(p, { request: req }).status).toBe(want));
});

describe('checks', () => {
  it('radiculopathy: guideline mentions never count; region filter applies', () => {
    const p: Predicate = { radiculopathy: { statusIn: ['absent', 'not_mentioned'], regions: ['lumbar'] } };
    expect(run(p, { request: req, mentions: [{ assertion: 'hypothetical', subject: 'guideline' }] }).status).toBe('met');
    expect(run(p, { request: req, mentions: [{ assertion: 'affirmed', region: 'cervical' }] }).status).toBe('met');
    expect(run(p, { request: req, mentions: [{ assertion: 'affirmed', region: 'lumbar' }] }).status).toBe('not_met');
    // An unlocalised suspicion counts only when nothing names the region itself.
    expect(run(p, { request: req, mentions: [{ assertion: 'hypothetical' }] }).status).toBe('not_met');
    expect(run(p, { request: req, mentions: [{ assertion: 'hypothetical' }, { assertion: 'negated', region: 'lumbar' }] }).status).toBe('met');
  });

  it('requestNames: met when the request names a match, unknown (never not met) when its words are silent', () => {
    const p: Predicate = { requestNames: 'flurbiprofen|lidocaine' };
    const cream = (text: string) => ({ request: { treatment: 'compounded topical', text } } as const);
    expect(run(p, cream('compounded flurbiprofen 20% cream')).status).toBe('met');
    expect(run(p, cream('compounded cream (240 g)')).status).toBe('unknown');
    expect(run({ requestTextMatches: 'flurbiprofen|lidocaine' }, cream('compounded cream (240 g)')).status).toBe('not_met');
  });

  it('examFinding: examined-and-normal is not met, never examined is unknown', () => {
    const p: Predicate = { examFinding: { finding: ['straight_leg_raise'], valuePattern: '^positive$' } };
    expect(run(p, { request: req, exams: [{ finding: 'straight_leg_raise', value: 'positive' }] }).status).toBe('met');
    expect(run(p, { request: req, exams: [{ finding: 'straight_leg_raise', value: 'negative' }] }).status).toBe('not_met');
    expect(run(p, { request: req }).status).toBe('unknown');
  });

  it('examFinding with atLeast: counts different positive signs, so two of five provocation tests fall short of three', () => {
    const p: Predicate = { examFinding: { finding: ['special_test'], valuePattern: '^positive$', atLeast: 3 } };
    const test = (qualifier: string, value: string) => ({ finding: 'special_test', qualifier, value }) as const;
    const five = [test('FABER', 'positive'), test('thigh thrust', 'positive'), test('Gaenslen', 'negative'), test('distraction', 'negative'), test('compression', 'negative')];
    expect(run(p, { request: req, exams: five }).status).toBe('not_met');
    expect(run(p, { request: req, exams: [...five, test('Fortin finger', 'positive')] }).status).toBe('met');
    expect(run(p, { request: req, exams: [test('FABER', 'positive'), test('FABER', 'positive'), test('faber', 'positive')] }).status).toBe('not_met');
    expect(run(p, { request: req }).status).toBe('unknown');
  });

  it('priorTreatment: thresholds, label-derived relief, and missing detail', () => {
    const p: Predicate = { priorTreatment: { treatment: ['trigger point injection'], reliefPercentAtLeast: 50, durationWeeksAtLeast: 6 } };
    const tpi = { treatment: 'trigger point injection' } as const;
    expect(run(p, { request: req, priors: [{ ...tpi, reliefPercent: 60, durationWeeks: 8 }] }).status).toBe('met');
    expect(run(p, { request: req, priors: [{ ...tpi, response: 'temporary_relief', reliefPercent: 80 }] }).status).toBe('not_met');
    expect(run(p, { request: req, priors: [{ ...tpi, response: 'significant_relief' }] }).status).toBe('unknown');
    expect(run(p, { request: req }).status).toBe('unknown');
  });

  it('triedAndFailed counts kinds without significant relief and never returns not_met', () => {
    const p: Predicate = { triedAndFailed: { treatments: ['physical therapy', 'NSAID'], atLeast: 2 } };
    expect(run(p, { request: req, priors: [{ treatment: 'physical therapy' }, { treatment: 'NSAID', response: 'partial_relief' }] }).status).toBe('met');
    expect(run(p, { request: req, priors: [{ treatment: 'physical therapy' }, { treatment: 'NSAID', response: 'significant_relief' }] }).status).toBe('unknown');
  });

  it('visitsAtMost adds completed sessions of the same therapy', () => {
    const p: Predicate = { visitsAtMost: { max: 10, includePrior: true } };
    expect(run(p, { request: { ...req, quantity: '6 visits' }, priors: [{ treatment: 'physical therapy', sessions: 4 }] }).status).toBe('met');
    expect(run(p, { request: { ...req, quantity: '6 visits' }, priors: [{ treatment: 'physical therapy', sessions: 6 }] }).status).toBe('not_met');
    expect(run(p, { request: { ...req, quantity: '6 visits' }, priors: [{ treatment: 'physical therapy' }] }).status).toBe('unknown');
  });

  it('studyFinding reads the dated study sentence and honours negation in the clause', () => {
    const p: Predicate = { studyFinding: { dateRoles: ['imaging'], studyPattern: 'MRI', patterns: ['nerve root', 'stenosis'], negationPatterns: ['\\bno\\b', '\\bwithout\\b'] } };
    const s = (sentence: string): FactsSpec => ({ request: req, studies: [{ date: '2013-05-05', sentence }] });
    expect(run(p, s('MRI of {date} shows a protrusion contacting the L5 nerve root')).status).toBe('met');
    expect(run(p, s('MRI of {date} shows a bulge without foraminal stenosis and no nerve root contact')).status).toBe('not_met');
    expect(run(p, s('Office visit of {date}, nerve root not examined')).status).toBe('unknown');
    expect(run(p, { request: req }).status).toBe('unknown');
  });
});
