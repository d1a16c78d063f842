import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const requestsOf = (text: string) => findRequests(docOf(text), lex);
const withGuidelines = (text: string) =>
  requestsOf(text).map((r) => [r.treatment, r.determination, [...new Set(r.guidelines.map((g) => g.source))]]);

describe('findRequests: IMR items headed "Item n -" or "Disputed Item n:" with the verdict below', () => {
  it('reads each verdict and the dash- or colon-labelled guideline, not the rationale', () => {
    const text = `IMR DETERMINATION DETAIL

Item 1 - Arthroscopic rotator cuff repair, left shoulder, with subacromial decompression
Determination - OVERTURNED
Guidelines relied on - ODG Shoulder (Acute & Chronic), Surgery for rotator cuff repair
Rationale - The ODG supports repair of a full-thickness tear after failed conservative care.

Item 2 - Tizanidine 4 mg #60
Determination - UPHELD
Guidelines relied on - MTUS Chronic Pain Medical Treatment Guidelines, Muscle relaxants, page 66
Rationale - Sedating agents are advised for short courses only; the ODG agrees.

Disputed Item 3: Aquatic therapy, 8 sessions
  Decision:    UPHELD (not medically necessary and appropriate)
  Guideline:   MTUS Chronic Pain Medical Treatment Guidelines, Aquatic therapy, page 22.
  Rationale:   Land-based therapy is tolerated.
`;
    expect(withGuidelines(text)).toEqual([
      ['surgery', 'overturned', ['ODG']],
      ['muscle relaxant', 'upheld', ['MTUS']],
      ['aquatic therapy', 'upheld', ['MTUS']],
    ]);
  });

  it('a UR decision word on the line below is no IMR determination', () => {
    const text = `UTILIZATION REVIEW NOTICE

Item 1 - Cervical traction unit, home use
Decision: NON-CERTIFIED
`;
    expect(requestsOf(text).map((r) => r.determination)).toEqual([null]);
  });
});

describe('findRequests: UR items numbered, each with decision and guideline sub-bullets', () => {
  it('one request per numbered item; its guideline sub-bullet ends where the rationale bullet starts', () => {
    const text = `UTILIZATION REVIEW NOTICE

Each requested item and the decision on it follow.

1. Lumbar facet medial branch block, bilateral L4-5, x1
   - Decision: NON-CERTIFIED
   - Guideline: ODG Low Back, Facet joint diagnostic blocks
   - Rationale: The MTUS and the ODG both require non-radicular pain; radicular pain is documented.

2. Duloxetine 30 mg daily, #30
   - Decision: CERTIFIED
   - Guideline: MTUS Chronic Pain Medical Treatment Guidelines, Antidepressants for chronic pain,
     pages 13-16
   - Rationale: First-line for neuropathic pain.
`;
    expect(withGuidelines(text)).toEqual([
      ['medial branch block', null, ['ODG']],
      ['antidepressant', null, ['MTUS']],
    ]);
  });
});

describe('findRequests: a plan header ending in a dash, and a conditional note after its list', () => {
  it('reads the tab-numbered items, the last one included, and nothing from the note', () => {
    const text = `ASSESSMENT -
1.\tLateral epicondylitis, right

PLAN / RFA -
1.\tOccupational therapy 2x/week x 3 weeks, right elbow
2.\tCounterforce brace, right forearm
3.\tContinue home stretching, right wrist
Should the elbow pain persist after therapy, an ultrasound-guided injection will be considered.

WORK STATUS -
Regular duty.
`;
    expect(requestsOf(text).map((r) => r.treatment)).toEqual(['occupational therapy', 'orthotic/brace', 'home exercise program']);
  });

  it('under a colon header too, the note does not make the item above it conditional', () => {
    const text = `PLAN:
1. Ibuprofen 600 mg tid, #90
2. Continue home exercise program
If numbness spreads, an EMG of both legs may be considered.
`;
    expect(requestsOf(text).map((r) => r.treatment)).toEqual(['NSAID', 'home exercise program']);
  });
});

describe('findRequests: repair operations, scar sheeting and named home programs', () => {
  it('names each as a request', () => {
    const text = `PLAN:
1. Open repair of the distal biceps tendon, left
2. Silicone scar sheeting to the incision, 1 box
3. Continue home nerve-glide exercises twice daily
`;
    expect(requestsOf(text).map((r) => r.treatment)).toEqual(['surgery', 'other', 'home exercise program']);
  });
});

describe('findRequests: a 2013 IMR letter whose claims administrator citation follows its label directly', () => {
  it('an expert who adopts that citation relies on it', () => {
    const text = `1) MAXIMUS Federal Services, Inc. has determined the request for a lumbar x-ray series is
medically necessary and appropriate.

1) Regarding the request for a lumbar x-ray series:

Medical Treatment Guideline(s) Used by the Claims Administrator:
ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, page 303, which is part of the MTUS.

Medical Treatment Guideline(s) Used by the Expert Reviewer:
The Expert Reviewer found the guidelines used by the Claims Administrator relevant and
appropriate for the employee's clinical circumstance.

Rationale Used by the Expert Reviewer:
Plain films are reasonable after a fall with new midline tenderness.
`;
    expect(requestsOf(text).map((r) => [r.treatment, r.determination, r.guidelines.map((g) => `${g.source}:${g.pages}`)])).toEqual([
      ['x-ray', 'overturned', ['MTUS:303']],
    ]);
  });
});
