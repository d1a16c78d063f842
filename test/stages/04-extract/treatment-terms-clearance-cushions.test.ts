/**
 * Requested items named in words the vocabulary lacked: a foraminotomy (surgery), an impar block
 * (nerve block), cushions, pillows and a blood-pressure cuff (equipment), a pre-operative medical
 * clearance (consultation), diclofenac sodium gel (topical), and a sleep study (other).
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const requested = (item: string) => findRequests(docOf(`TREATMENT PLAN:\n1. ${item}\n`), lex).map((r) => r.treatment);

describe('requested items: more names', () => {
  it.each([
    ['Left C6-7 posterior foraminotomy.', 'surgery'],
    ['Impar block under fluoroscopy, x1.', 'nerve block'],
    ['Gel seat cushion for the office chair, 1.', 'durable medical equipment'],
    ['Cervical contour pillow, 1.', 'durable medical equipment'],
    ['Automatic blood pressure cuff for home readings.', 'durable medical equipment'],
    ['Preoperative medical clearance with the internist.', 'consultation'],
    ['Diclofenac sodium 1% gel, 100 g, to the knee four times daily.', 'topical analgesic'],
    ['Overnight sleep study to look for sleep apnea.', 'other'],
    ['Removal of hardware, right ankle, outpatient.', 'surgery'],
    ['Flexor tenolysis, left ring finger.', 'surgery'],
  ])('%s', (item, treatment) => {
    expect(requested(item)).toEqual([treatment]);
  });
});

describe('a SOAP plan headed "P / RFA"', () => {
  it('reads the numbered items under "P / RFA:" as requests', () => {
    const doc = docOf('A:\n1. Lumbar strain.\n\nP / RFA:\n1. Acupuncture, 6 sessions.\n2. Continue naproxen 500 mg, #60.\n');
    expect(findRequests(doc, lex).map((r) => r.treatment)).toEqual(['acupuncture', 'NSAID']);
  });
});

