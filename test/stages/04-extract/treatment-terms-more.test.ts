/**
 * Treatment names in plan lines written in shorthand or by device: an AFO, a CSI, a heat lamp,
 * and tendon surgery named by what it does (debridement, release, transposition).
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const planOf = (lines: string) => findRequests(docOf(`TREATMENT PLAN:\n${lines}\n`), lex).map((r) => r.treatment);

describe('treatment terms: devices, shorthand and tendon surgery', () => {
  it.each([
    ['1. Continue the right AFO for community walking.', 'orthotic/brace'],
    ['1. RFA: LSO brace for heavy lifting at work.', 'orthotic/brace'],
    ['1. RFA: CSI L ring finger A1 pulley x1.', 'steroid injection'],
    ['1. RFA: infrared heat lamp for home use, low back.', 'heat/cold therapy'],
    ['1. Request right lateral epicondyle release with tendon debridement.', 'surgery'],
    ['1. Request left cubital tunnel release with ulnar nerve transposition.', 'surgery'],
    ['1. Request right trigger finger release.', 'surgery'],
  ])('%s → %s', (line, treatment) => {
    expect(planOf(line)).toEqual([treatment]);
  });
});

describe('treatment terms: devices and evaluations the guideline topics govern', () => {
  const requests = (line: string) => findRequests(docOf(`TREATMENT PLAN:\n${line}\n`), lex).map((r) => [r.treatment, r.procedure ?? null]);
  it.each([
    ['1. RFA: H-wave unit, 30-day home trial.', 'durable medical equipment', 'H-wave stimulation'],
    ['1. Request a bone growth stimulator for the left tibia.', 'durable medical equipment', 'bone growth stimulator'],
    ['1. Request FCE before return to work.', 'other', 'functional capacity evaluation'],
    ['1. Request a functional capacity evaluation.', 'other', 'functional capacity evaluation'],
  ])('%s → %s (%s)', (line, treatment, procedure) => {
    expect(requests(line)).toEqual([[treatment, procedure]]);
  });
});

describe('treatment terms: an NSAID in a cream or gel is a topical analgesic', () => {
  it.each([
    ['1. Ketoprofen 20% cream 120 grams to the knee.'],
    ['1. Continue topical diclofenac to the wrist twice daily.'],
  ])('%s', (line) => {
    expect(planOf(line)).toEqual(['topical analgesic']);
  });

  it('keeps an oral NSAID an NSAID', () => {
    expect(planOf('1. Ketoprofen 75 mg by mouth twice daily, #60.')).toEqual(['NSAID']);
  });
});

describe('UR decision rows after normalization (the column gap is one space)', () => {
  it('reads each numbered row that ends with its decision word as a request', async () => {
    const { extractFactsFromText } = await import('../../../src/pipeline.js');
    const text = 'UTILIZATION REVIEW DETERMINATION\n\n  Item                                          Decision\n  1. Aquatic therapy, 8 visits                  CERTIFIED\n  2. Lumbar MRI without contrast                NON-CERTIFIED\n  3. Tramadol 50 mg #60                         MODIFIED to #30\n';
    expect(extractFactsFromText(text, 'ur.txt', lex).requests.map((r) => r.treatment)).toEqual(['aquatic therapy', 'MRI', 'opioid analgesic']);
  });

  it('does not take a numbered sentence that merely mentions a decision word mid-line', async () => {
    const { extractFactsFromText } = await import('../../../src/pipeline.js');
    const text = 'HISTORY\n1. Physical therapy was certified in 2019 and completed.\n';
    expect(extractFactsFromText(text, 'h.txt', lex).requests).toEqual([]);
  });
});

describe('treatment terms: headache medicines', () => {
  const requests = (line: string) => findRequests(docOf(`TREATMENT PLAN:\n${line}\n`), lex).map((r) => [r.treatment, r.drug ?? null]);
  it.each([
    ['1. Rizatriptan 10 mg #9 for migraine.', 'rizatriptan'],
    ['1. Imitrex 50 mg #6.', 'sumatriptan'],
    ['1. Fioricet #30 for tension headaches.', 'butalbital/acetaminophen/caffeine'],
  ])('%s', (line, drug) => {
    expect(requests(line)).toEqual([['medication (other)', drug]]);
  });
});
