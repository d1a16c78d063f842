/**
 * Pain called non-radicular is a denial; a diagnosis kept in the differential, or a test ordered to
 * tell two diagnoses apart, leaves it open; "It cautions that ..." after a guideline reports the
 * guideline; "; it had resolved" after a past radiculitis closes it.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);
const first = (text: string) => rad(text).mentions[0];

describe('radiculopathy: non-radicular, differential, reported guideline, resolved after a semicolon', () => {
  it('reads "non-radicular" pain as a denial, not a radicular mention', () => {
    const r = rad("Decision rationale: This injured worker's pain is axial and non-radicular, and facet loading is positive.");
    expect(r.mentions.map((m) => [m.text, m.assertion])).toEqual([['non-radicular', 'negated']]);
    expect(r.status).toBe('absent');
    expect(first('He reports radicular pain into the left leg.')).toMatchObject({ assertion: 'affirmed' });
  });
  it('keeps a radiculopathy "in the differential" open (hypothetical, status possible)', () => {
    expect(rad('The asymmetric ankle jerk leaves an S1 radiculopathy in the differential.').status).toBe('possible');
    expect(first('The asymmetric ankle jerk leaves an S1 radiculopathy in the differential.')).toMatchObject({ assertion: 'hypothetical', subject: 'patient' });
  });
  it('keeps both diagnoses open when a test is ordered to sort one out from the other', () => {
    expect(first('EMG/NCV of the left lower extremity to sort out tarsal tunnel syndrome from S1 radiculopathy.')).toMatchObject({ assertion: 'hypothetical' });
    expect(first('Nerve studies to distinguish carpal tunnel syndrome from a C6 radiculopathy.')).toMatchObject({ assertion: 'hypothetical' });
  });
  it('labels what "it cautions that" reports after a guideline as the guideline\'s', () => {
    const r = rad('Decision rationale: The ODG supports the injection after six weeks of care. It specifically cautions that pain in a radicular distribution should be excluded before the joint is blocked.');
    expect(r.mentions.map((m) => m.subject)).toEqual(['guideline']);
  });
  it('closes a past radiculitis with "; it had resolved" after it', () => {
    expect(first('In 2021 he had pain his physician called a left T8 intercostal radiculitis; it had resolved by the end of October 2021.')).toMatchObject({ assertion: 'historical' });
  });
});
