import { describe, expect, it } from 'vitest';
import { parseGuidelineCitation } from '../../../../src/stages/04-extract/treatments/parse-guideline-citation.js';
import { loadLexicon } from '../../../../src/lexicons/load-lexicons.js';

const lex = { treatments: loadLexicon('treatments'), treatmentCues: loadLexicon('treatmentCues') };
const refs = (cite: string) => parseGuidelineCitation(cite, lex).map((r) => [r.source, r.pages]);

describe('parseGuidelineCitation: sources and pages', () => {
  it.each([
    ['MTUS Chronic Pain Treatment Guidelines Trigger point\ninjections Page(s): 122.', [['MTUS', '122']]],
    ['MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use,\npages 76-80; Opioids for chronic pain, pages 80-82.', [['MTUS', '76-80'], ['MTUS', '80-82']]],
    ['MTUS ACOEM Chapter 12 Low Back Complaints, Page(s):\n300-301; ODG, Low Back, Facet joint radiofrequency neurotomy.', [['MTUS', '300-301'], ['ODG', null]]],
    ['MTUS (ACOEM Practice Guidelines, 3rd Edition (2016), Low Back Disorders),\nElectrodiagnostic studies.', [['MTUS', null]]],
    ['Chronic Pain Medical Treatment Guidelines\n(2009), Opioids, pages 74-96, and Tramadol (Ultram), page 113, which are part of the MTUS.', [['MTUS', '74-96'], ['MTUS', '113']]],
    ['Acupuncture Medical Treatment Guidelines,\n8 C.C.R. §9792.24.1, part of the MTUS.', [['MTUS', null]]],
    ['Official Disability Guidelines (ODG), Knee & Leg, Meniscectomy.', [['ODG', null]]],
    ['CA MTUS Chronic Pain Medical Treatment Guidelines (2009), Epidural steroid injections (ESIs),\npage 46. The MTUS supports epidural steroid injection as an option. ACOEM Low Back\nDisorders guideline: epidural injections are not recommended.', [['MTUS', '46'], ['ACOEM', null]]],
    ['Page 2 of 3', []],
    // "the guideline" in the reviewer's prose points back at the citation; it names no other guideline
    ['CA MTUS Acupuncture Medical Treatment Guidelines, section 9792.24.1. Three to six treatments are allowed. The request is consistent with the guideline.', [['MTUS', null]]],
    ['Colorado guidelines for chronic pain, page 12.', [['other', '12']]],
  ])('%s', (cite, expected) => {
    expect(refs(cite)).toEqual(expected);
  });

  it('keeps the citation text without its page reference', () => {
    expect(parseGuidelineCitation('MTUS Chronic Pain Treatment Guidelines Trigger point\ninjections Page(s): 122.', lex)[0]?.text)
      .toBe('MTUS Chronic Pain Treatment Guidelines Trigger point injections');
  });
});
