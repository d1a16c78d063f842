/**
 * Care told of an earlier episode that resolved before the injury ("a C6 radiculopathy in 2009 that
 * cleared after one epidural injection") is listed, as the record tells it received, but marked
 * `earlierEpisode`: a course of its own, apart from the claim's care of the same kind, which the
 * decision step does not count; care of the claim's own years, and earlier years under a
 * cumulative-trauma claim, is not marked.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorsOf = (text: string, date: string, mechanism: 'lifting' | 'cumulative trauma' = 'lifting') =>
  findPriorTreatments(docOf(`HISTORY OF PRESENT ILLNESS:\n${text}\n`), lex, { date, mechanism });
const treatmentsOf = (text: string, date: string, mechanism: 'lifting' | 'cumulative trauma' = 'lifting') =>
  priorsOf(text, date, mechanism).filter((t) => !t.earlierEpisode).map((t) => t.treatment);

describe('prior treatments: care for an earlier episode', () => {
  it.each([
    ['He had a right cervical radiculopathy in 2009 that cleared after a single epidural injection.'],
    ['H/o L L5 radic in 2016 treated w/ one ESI, resolved, no leg sx since then.'],
    ['Her right L5 radiculopathy in 2016 was treated with microdiscectomy and has not recurred.'],
  ])('%s', (text) => {
    const priors = priorsOf(text, '2021-03-15');
    expect(priors.length).toBe(1);
    expect(priors.every((p) => p.earlierEpisode === true)).toBe(true);
  });

  it('keeps the earlier episode\'s care apart from the claim\'s own course of the same care', () => {
    const priors = priorsOf('A neck strain in 2005 resolved after a few weeks of chiropractic care. Since this injury he saw a chiropractor for 8 visits; each manipulation relieved his neck pain for a day or two.', '2016-08-19');
    expect(priors.map((p) => [p.treatment, p.response, p.earlierEpisode ?? false])).toEqual([
      ['chiropractic manipulation', 'significant_relief', true],
      ['chiropractic manipulation', 'temporary_relief', false],
    ]);
  });

  it('keeps care of the claim\'s own years that resolved the pain', () => {
    expect(treatmentsOf('In 2021 the neck pain resolved after an epidural injection.', '2021-03-15')).toEqual(['epidural steroid injection']);
  });

  it('keeps earlier care under a cumulative-trauma claim', () => {
    expect(treatmentsOf('A microdiscectomy on 04/06/2016 relieved the leg pain completely and it has never recurred.', '2019-09-30', 'cumulative trauma')).toEqual(['surgery']);
  });

  it('keeps earlier care told without a resolution', () => {
    expect(treatmentsOf('A left knee cortisone injection on 11/7/2012 helped for about three weeks.', '2013-02-28')).toEqual(['steroid injection']);
  });
});
