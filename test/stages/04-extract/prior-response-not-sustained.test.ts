/**
 * Significant relief must be sustained: strong relief that returned within weeks is temporary
 * relief; partial relief keeps its reading, and strong relief that held is significant.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response, t.reliefPercent]);

describe('prior treatments: strong relief that did not last', () => {
  it('75% relief for ten days before the pain returned is temporary relief', () => {
    expect(readOf('A steroid injection on 08/20/2019 gave 75% relief that lasted about ten days before the pain returned.'))
      .toEqual([['steroid injection', 'temporary_relief', 75]]);
  });

  it('60% relief for three weeks before the pain returned stays partial relief', () => {
    expect(readOf('A steroid injection on 08/20/2019 gave 60% relief that lasted three weeks before the pain returned.'))
      .toEqual([['steroid injection', 'partial_relief', 60]]);
  });

  it('80% relief that held for six weeks stays significant relief', () => {
    expect(readOf('A steroid injection on 08/20/2019 gave 80% relief that held for about six weeks.'))
      .toEqual([['steroid injection', 'significant_relief', 80]]);
  });
  it('complete relief for three weeks after which the pain has since returned is temporary relief', () => {
    expect(readOf('Corticosteroid injection on 10/03/2022: complete relief of the thumb-base pain for about three weeks; the pain has since returned to its prior level.'))
      .toEqual([['steroid injection', 'temporary_relief', 100]]);
  });

  it('good relief, but the relief lasted two weeks, is temporary relief', () => {
    expect(readOf('A corticosteroid injection on 02/14/2017 gave good relief, but the relief lasted two weeks.'))
      .toEqual([['steroid injection', 'temporary_relief', null]]);
  });
});
