import { describe, expect, it } from 'vitest';
import { findTreatmentMentions } from '../../../../src/stages/04-extract/treatments/find-treatment-mentions.js';
import { loadLexicon } from '../../../../src/lexicons/load-lexicons.js';
import { TREATMENTS } from '../../../../src/types/vocab.js';

const lex = { treatments: loadLexicon('treatments'), treatmentCues: loadLexicon('treatmentCues') };
const first = (text: string) => findTreatmentMentions(text, lex).find((m) => !m.weak);

describe('treatment vocabulary: phrases to canonical treatment and drug', () => {
  it.each([
    // [text, treatment, drug or procedure]
    ['Norco 10/325 mg #60', 'opioid analgesic', 'hydrocodone/acetaminophen'],
    ['Hydrocodone/APAP 10/325 mg', 'opioid analgesic', 'hydrocodone/acetaminophen'],
    ['Ultram 50 mg', 'opioid analgesic', 'tramadol'],
    ['tramadol ER 150 mg', 'opioid analgesic', 'tramadol'],
    ['oxycodone 10 mg', 'opioid analgesic', 'oxycodone'],
    ['Anaprox DS 550 mg', 'NSAID', 'naproxen'],
    ['ibuprofen 800 mg', 'NSAID', 'ibuprofen'],
    ['Mobic 15 mg', 'NSAID', 'meloxicam'],
    ['Flexeril 10 mg', 'muscle relaxant', 'cyclobenzaprine'],
    ['Soma 350 mg', 'muscle relaxant', 'carisoprodol'],
    ['tizanidine 4 mg', 'muscle relaxant', 'tizanidine'],
    ['Neurontin 300 mg', 'anticonvulsant', 'gabapentin'],
    ['Lyrica 75 mg', 'anticonvulsant', 'pregabalin'],
    ['Lidoderm patches', 'topical analgesic', 'lidocaine patch'],
    ['Prilosec 20 mg', 'proton pump inhibitor', 'omeprazole'],
    ['Ambien 10 mg', 'sleep aid', 'zolpidem'],
    ['Cymbalta 60 mg', 'antidepressant', 'duloxetine'],
    ['compounded flurbiprofen/cyclobenzaprine cream', 'compounded topical', undefined],
    ['NSAIDs', 'NSAID', undefined],
    ['left L5-S1 transforaminal epidural steroid injection', 'epidural steroid injection', undefined],
    ['a lumbar epidural injection in 2009', 'epidural steroid injection', undefined],
    ['an interlaminar ESI', 'epidural steroid injection', undefined],
    ['Trigger point injections (TPI)', 'trigger point injection', undefined],
    ['bilateral L4-5 medial branch blocks', 'medial branch block', undefined],
    ['radiofrequency neurotomy', 'radiofrequency ablation', undefined],
    ['subacromial cortisone injection', 'steroid injection', undefined],
    ['three Euflexxa injections', 'hyaluronic acid injection', undefined],
    ['18 sessions of physical therapy', 'physical therapy', undefined],
    ['Post-op PT x12', 'physical therapy', undefined],
    ['8 chiropractic sessions', 'chiropractic manipulation', undefined],
    ['six acupuncture visits', 'acupuncture', undefined],
    ['home exercise program (HEP)', 'home exercise program', undefined],
    ['functional restoration program', 'functional restoration program', undefined],
    ['EMG/NCV of the bilateral upper extremities', 'EMG/NCV', undefined],
    ['MR arthrogram of the right shoulder', 'MRI', undefined],
    ['Urine drug screen at next visit', 'urine drug screen', undefined],
    ['Medial unloader brace, right knee', 'orthotic/brace', undefined],
    ['night wrist splints', 'orthotic/brace', undefined],
    ['Medically supervised weight loss program', 'weight loss program', undefined],
    ['Referral to orthopedic surgery for consultation', 'consultation', undefined],
    ['Ergonomic workstation evaluation', 'other', undefined],
  ])('%s → %s (%s)', (text, treatment, detail) => {
    const m = first(text);
    expect(m?.entry.treatment).toBe(treatment);
    expect(m?.entry.drug).toBe(detail);
  });

  it.each([
    ['a left L4-5 microdiscectomy in 2010', 'microdiscectomy'],
    ['right knee arthroscopic partial medial meniscectomy', 'partial meniscectomy'],
    ['total knee replacement', 'total knee arthroplasty'],
  ])('surgery %s carries procedure %s', (text, procedure) => {
    expect(first(text)?.entry).toMatchObject({ treatment: 'surgery', procedure });
  });

  it.each([
    ['trigger points in the left quadratus lumborum'],
    ['DOI: CT 01/01/2010 - 01/01/2012'],
    ['Board Certified, American Board of Orthopaedic Surgery'],
    ['Physical therapy daily notes, 01/08/2018 through 03/02/2018'],
  ])('names no treatment: %s', (text) => {
    expect(findTreatmentMentions(text, lex).filter((m) => !m.weak)).toEqual([]);
  });

  it('marks time references as weak and resolves "a confirmatory block" to the block named before', () => {
    const ms = findTreatmentMentions('medial branch blocks on 12 Mar 2014, and a confirmatory block on 16 Apr 2014; 40% better than before surgery', lex);
    expect(ms.map((m) => [m.entry.treatment, m.weak])).toEqual([
      ['medial branch block', false], ['medial branch block', false], ['surgery', true],
    ]);
  });

  it('every entry maps to a contract treatment and no phrase maps to two entries', () => {
    const seen = new Map<string, string>();
    for (const e of lex.treatments.entries) {
      expect(TREATMENTS).toContain(e.treatment);
      for (const t of e.terms) {
        const key = t.toLowerCase();
        expect(seen.get(key) ?? e.id, `"${t}" in ${e.id} and ${seen.get(key)}`).toBe(e.id);
        seen.set(key, e.id);
      }
    }
  });

  it('offsets point into the text', () => {
    const text = 'He takes Norco and Soma.';
    for (const m of findTreatmentMentions(text, lex, 100)) expect(text.slice(m.start - 100, m.end - 100)).toBe(m.text);
  });
});
