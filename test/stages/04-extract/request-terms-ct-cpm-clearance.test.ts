/**
 * Request vocabulary: a CT named with its site is the scan (bare "CT" stays cumulative trauma), a
 * fusion mass the scan looks at is no surgery; CPM is equipment; a SLAP repair is surgery; an
 * internal-medicine clearance or an audiology evaluation is a consultation, and a referral to a
 * surgical specialty "for consultation" too; the brain is the head; an item saying it is not
 * requested is none.
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const brief = (text: string) => findRequests(docOf(`TREATMENT PLAN:\n${text}\n`), lex).map((r) => [r.treatment, r.bodyPart]);

describe('requests: scans, devices, repairs and consultations', () => {
  it.each([
    ['1. Request CT cervical spine without contrast to assess the C5-6 fusion mass.', [['CT', 'cervical spine']]],
    ['1. Continuous passive motion (CPM) device, 21-day rental.', [['durable medical equipment', null]]],
    ['1. Right shoulder arthroscopic SLAP repair.', [['surgery', 'shoulder']]],
    ['1. Pre-operative internal medicine clearance.', [['consultation', null]]],
    ['1. Audiology evaluation with pure-tone and speech audiometry.', [['consultation', null]]],
    ['1. Refer to oral and maxillofacial surgery (TMJ) for consultation.', [['consultation', 'face']]],
    ['1. MRI of the cervical spine without contrast.\n2. MRI of the brain without contrast.', [['MRI', 'cervical spine'], ['MRI', 'head']]],
    ['1. Ibuprofen 600 mg #60.\n2. Botox to the masseter might be worth discussing later if the splint fails; not requested.', [['NSAID', null]]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
