/**
 * A worsening word about a side effect (reflux, blood pressure) is no response of the pain the
 * treatment was given for.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response]);

describe('prior treatments: side effects told with a worsening word', () => {
  it('"stopped because it aggravated her reflux" states no response', () => {
    expect(readOf('Naproxen was stopped because it aggravated her reflux.')).toEqual([['NSAID', 'unknown']]);
  });

  it('"Hypertension, aggravated by ... NSAID use" states no response', () => {
    expect(readOf('He has taken naproxen since 2015. Hypertension, aggravated by chronic pain and NSAID use.')).toEqual([['NSAID', 'unknown']]);
  });

  it('a treatment that aggravated the pain still worsened it', () => {
    expect(readOf('Physical therapy aggravated his low back pain.')).toEqual([['physical therapy', 'worsened']]);
  });
});
