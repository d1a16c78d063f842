/**
 * Care told of an earlier episode that resolved before the injury ("a C6 radiculopathy in 2009 that
 * cleared after one epidural injection") is not care for the claim; care of the claim's own years,
 * and earlier years under a cumulative-trauma claim, still is.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const treatmentsOf = (text: string, date: string, mechanism: 'lifting' | 'cumulative trauma' = 'lifting') =>
  findPriorTreatments(docOf(`HISTORY OF PRESENT ILLNESS:\n${text}\n`), lex, { date, mechanism }).map((t) => t.treatment);

describe('prior treatments: care for an earlier episode', () => {
  it.each([
    ['He had a right cervical radiculopathy in 2009 that cleared after a single epidural injection.'],
    ['H/o L L5 radic in 2016 treated w/ one ESI, resolved, no leg sx since then.'],
    ['Her right L5 radiculopathy in 2016 was treated with microdiscectomy and has not recurred.'],
  ])('%s', (text) => {
    expect(treatmentsOf(text, '2021-03-15')).toEqual([]);
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
