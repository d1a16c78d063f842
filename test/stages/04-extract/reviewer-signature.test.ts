/**
 * Reviewer qualifications under a UR letter's signature heading, and specialty names kept as
 * the record writes them.
 */
import { describe, expect, it } from 'vitest';
import { findReviewer } from '../../../src/stages/04-extract/find-reviewer.js';
import { docOf, lex } from '../../helpers/docs.js';

describe('findReviewer: signature blocks and written names', () => {
  it('reads the certification two lines under a "Reviewing physician" heading', () => {
    const r = findReviewer(docOf('Rationale: Not medically necessary.\n\nREVIEWING PHYSICIAN\nJ. Doe, M.D.\nBoard Certified in Internal Medicine\nLicensed in Arizona, License No. 000\n'), lex);
    expect(r).toMatchObject({ specialty: 'Internal Medicine', boardCertified: true, licensedIn: ['Arizona'] });
  });

  it('does not take a treating physician\'s certification far from any reviewer wording', () => {
    const r = findReviewer(docOf('HISTORY:\nShe saw her surgeon last week.\nThe plan was discussed at length.\nDr. Roe is board certified in orthopaedic surgery.\n'), lex);
    expect(r.specialty).toBeNull();
  });

  it('keeps "Podiatric Surgery" as written, apart from "Podiatry"', () => {
    const r = findReviewer(docOf('HOW THE IMR FINAL DETERMINATION WAS MADE\nThe reviewer is Board Certified in Podiatric Surgery and is licensed to practice in Ohio.'), lex);
    expect(r.specialty).toBe('Podiatric Surgery');
  });
});

describe('findReviewer: "certified by the American Board of ..."', () => {
  it('reads the board named after "certified by" and a subspecialty certification', () => {
    const r = findReviewer(docOf('HOW THE IMR FINAL DETERMINATION WAS MADE\nThe expert reviewer is a physician certified by the American Board of Family Medicine with a subspecialty certification in Sports Medicine, licensed in Oregon.'), lex);
    expect(r).toMatchObject({ specialty: 'Family Medicine; Sports Medicine', boardCertified: true, licensedIn: ['Oregon'] });
  });
});
