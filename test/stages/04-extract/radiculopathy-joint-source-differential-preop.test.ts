/**
 * Pain of a joint or limb part that radiates within the limb ("heel pain radiating into the arch")
 * is not radicular; a radiculopathy that "stays on the differential" is suspected; a pre-op finding
 * of a radiculopathy since resolved is history; "no radiating arm pain" is a denied mention.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);
const brief = (text: string) => rad(text).mentions.map((m) => [m.text, m.assertion]);

describe('radiculopathy: joint sources, differentials, pre-op findings', () => {
  it('heel pain radiating into the arch is no mention; back pain radiating into the foot is', () => {
    expect(brief('HISTORY:\nSharp heel pain radiating into the arch of the right foot.\n')).toEqual([]);
    expect(brief('HISTORY:\nSharp low back pain radiating into the arch of the right foot.\n').map(([, a]) => a)).toEqual(['affirmed']);
  });

  it('"stays on the differential" is a suspicion', () => {
    const r = rad('DISCUSSION:\nBecause intrinsic weakness can also come from the C8 root, a C8 radiculopathy stays on the differential even without neck pain.\n');
    expect(r.status).toBe('possible');
  });

  it('a pre-op EMG finding of a radiculopathy that resolved after surgery is history, and the denial now is negated', () => {
    const r = rad('HISTORY:\nPre-op he had R arm pain and numbness into the thumb; EMG 01/15/19 = R C6 radiculopathy.\n'
      + 'Since the ACDF the arm pain and thumb numbness have resolved - no radiating arm pain at all now.\n\nDIAGNOSES:\n1. Cervical radiculopathy, R C6 - resolved post-op.\n');
    expect(r.status).toBe('absent');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical', 'negated', 'historical']);
  });
});
