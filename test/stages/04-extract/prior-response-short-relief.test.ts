/**
 * Relief that lasted hours or days, or that the record says ended ("but the relief lasted two
 * weeks", "relief lasted two weeks, then pain back"), is temporary relief; relief lasting weeks
 * with nothing said about it ending is not.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const responseOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response]);

describe('prior treatments: short-lived relief', () => {
  it.each([
    ['Four chiropractic visits each gave relief that lasted about a day.', 'chiropractic manipulation'],
    ['She had a cortisone injection in the left shoulder in March, but the relief lasted only two weeks.', 'steroid injection'],
    ['Acupuncture: relief lasted two days, then pain back.', 'acupuncture'],
  ])('%s → temporary_relief', (text, treatment) => {
    expect(responseOf(text)).toEqual([[treatment, 'temporary_relief']]);
  });

  it('keeps relief lasting weeks without an end as partial relief', () => {
    expect(responseOf('The epidural injection gave 60% relief that lasted six weeks.')).toEqual([['epidural steroid injection', 'partial_relief']]);
  });
});

describe('prior treatments: functional improvement named by the activity', () => {
  const fiOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.functionalImprovement]);
  it.each([
    ['Eight physical therapy visits last spring gave improvement in stair climbing.'],
    ['Chiropractic care in 2019 helped, with a return to her usual shifts.'],
  ])('%s', (text) => {
    expect(fiOf(text)[0]?.[1]).toBe(true);
  });

  it('leaves function unstated when only pain is mentioned', () => {
    expect(fiOf('Eight physical therapy visits last spring eased the pain somewhat.')[0]?.[1]).toBeNull();
  });
});
