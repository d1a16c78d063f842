/**
 * A story that tells the moment of injury ("felt a sharp pull under the heel") with none of the
 * listed mechanisms has a stated mechanism: other (and a record that does not say how has none).
 * A part of another person ("the resident's knees gave way") and "thrown forward and then back"
 * are not the worker's injured parts.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import { docOf, lex } from '../../helpers/docs.js';

const injuryOf = (text: string) => {
  const doc = docOf(text);
  const i = findInjury(doc, lex, findEventDates(doc, lex));
  return { mechanism: i.mechanism, parts: i.bodyParts.map((b) => [b.part, b.side]), cue: i.mechanismEvidence?.text ?? null };
};

describe('injury: a stated mechanism outside the list, and parts that are not the worker\'s', () => {
  it('reads "stepped down ... and felt a sharp pull under the left heel" as other, citing the felt cue', () => {
    const r = injuryOf('Date of Injury: 07/08/2019\n\nHISTORY:\nOn 07/08/2019 she stepped down from her delivery vehicle onto the edge of a curb and felt a sharp pull under the left heel.\n');
    expect(r.mechanism).toBe('other');
    expect(r.cue).toBe('felt a sharp pull under');
    expect(r.parts).toEqual([['foot', 'left']]);
  });

  it('keeps a listed mechanism when the story has one beside the felt cue', () => {
    expect(injuryOf('Date of Injury: 07/08/2019\n\nHISTORY:\nOn 07/08/2019 he was lifting a 60-pound box and felt a pop in his low back.\n').mechanism).toBe('lifting');
  });

  it('leaves the mechanism null when the record does not say how', () => {
    expect(injuryOf('CLINICAL CASE SUMMARY\nThe injured worker sustained an industrial injury on 9/1/2017. The mechanism of injury is not described.\n').mechanism).toBeNull();
  });

  it('does not take the resident\'s knees for the worker\'s', () => {
    const r = injuryOf('Date of Injury: 02/11/2018\n\nHISTORY:\nOn 2/11/18, while helping a resident to bed, the resident\'s knees gave way and she twisted sharply to the right, with pain in the right low back.\n');
    expect(r.parts).toEqual([['lumbar spine', null]]);
  });

  it('does not take "thrown forward and then back against the headrest" for the back', () => {
    const r = injuryOf('Date of Injury: 10/22/2019\n\nHISTORY:\nOn 10/22/2019 a car cut in front of his bus and he braked hard; his head was thrown forward and then back against the headrest, and he finished his route with a stiff neck.\n');
    expect(r.parts).toEqual([['cervical spine', null]]);
  });
});
