/**
 * Words that look like a treatment but name none: ice underfoot ("stepped onto a patch of black
 * ice") and the foot pulses ("DP/PT 2/4 bilat": dorsalis pedis and posterior tibial).
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const treatmentsOf = (text: string) => findPriorTreatments(docOf(text), lex).map((t) => t.treatment);

describe('ice underfoot and foot pulses are no treatment', () => {
  it.each([
    'HISTORY:\nOn 1/17/12 she stepped onto a patch of black ice in the loading area and fell on her outstretched hand.\n',
    'HISTORY:\nHe slipped on a sheet of ice on the dock.\n',
    'OBJECTIVE FINDINGS\n  Gait .............. antalgic\n  Vascular .......... DP/PT 2/4 bilat, CFT < 3 sec\n',
    'OBJECTIVE FINDINGS\nSensation intact. DP and PT pulses 2+.\n',
  ])('%s', (text) => {
    expect(treatmentsOf(text)).toEqual([]);
  });

  it('ice used on the injury and physical therapy received are still treatments', () => {
    expect(treatmentsOf('HISTORY:\nShe ices the wrist at night. She completed 8 PT visits with some relief.\n').sort())
      .toEqual(['heat/cold therapy', 'physical therapy']);
  });
});
