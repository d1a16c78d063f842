import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/stages/04-extract/find-dates.js';
import { findBodyParts } from '../../../src/stages/04-extract/find-body-parts.js';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import { docOf, lex } from '../../helpers/docs.js';

const injuryOf = (text: string) => {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex));
};
const rolesOf = (text: string) => findEventDates(docOf(text), lex).map((d) => [d.date, d.role]);

describe('findDates', () => {
  it.each([
    ['8/20/14', '2014-08-20'], ['08/20/2014', '2014-08-20'], ['8-20-2014', '2014-08-20'], ['2014-08-20', '2014-08-20'],
    ['August 20, 2014', '2014-08-20'], ['20 Aug 2014', '2014-08-20'], ['11-05-13', '2013-11-05'], ['3/4/99', '1999-03-04'],
  ])('%s', (text, iso) => {
    expect(findDates(`seen ${text} today`, lex).map((d) => d.iso)).toEqual([iso]);
  });
  it.each(['pain 9/10', 'L4-5', '1.5/10', '13/45/2014', '2/30/2014', 'BP 120/80'])('is not a date: %s', (text) => {
    expect(findDates(text, lex).filter((d) => d.iso)).toEqual([]);
  });
  it('reads a day, month name and year joined by hyphens', () => {
    expect(findDates('records of 3-Sep-2021 and 27-Jan-2020', lex).map((d) => d.iso)).toEqual(['2021-09-03', '2020-01-27']);
  });
  it('keeps month-only dates without a day', () => {
    expect(findDates('last screen 01/2015 and January 2015', lex).map((d) => [d.precision, d.iso])).toEqual([['month', null], ['month', null]]);
  });
});

describe('findBodyParts', () => {
  it.each([
    ['complaints of neck, left shoulder and low back pain', [['cervical spine', null], ['shoulder', 'left'], ['lumbar spine', null]]],
    ['numbness in both hands', [['hand', 'bilateral']]],
    ['left and right knees', [['knee', 'bilateral']]],
    ['lower extremities bilaterally', [['lower leg', 'bilateral']]],
    ['right great toe', [['toe', 'right']]],
    ['fell six feet from a ladder', []],
    ['a right-hand-dominant mechanic', []],
    ['was moving boxes on a hand truck when his low back seized', [['lumbar spine', null]]],
    ['blows to the back of the head and neck', [['head', null], ['cervical spine', null]]],
    ['he stepped on the foot pedal and felt right knee pain', [['knee', 'right']]],
  ])('%s', (text, expected) => {
    expect(findBodyParts(text, lex).map((b) => [b.part, b.side])).toEqual(expected);
  });
});

describe('findEventDates', () => {
  it('labels header dates by their labels', () => {
    expect(rolesOf('Date Assigned: 06/02/2014\nDate of Injury: 03/04/2012\nUR Denial Date: 05/13/2014\nApplication Received: 05/27/2014\nDate of Birth: 07/02/1967')).toEqual([
      ['2014-06-02', 'other'], ['2012-03-04', 'injury'], ['2014-05-13', 'ur_decision'], ['2014-05-27', 'application'], ['1967-07-02', 'other'],
    ]);
  });
  it('an imaging cue does not reach into the next list bullet; a board of surgery is no surgery', () => {
    expect(rolesOf('Records:\n  - CT cervical spine, 07/09/2018\n  - Physical therapy notes, 08/14/2018')).toEqual([['2018-07-09', 'imaging'], ['2018-08-14', 'visit']]);
    expect(rolesOf('Jane Roe, M.D.   Diplomate, American Board of Plastic Surgery   03/05/2019')).toEqual([['2019-03-05', 'other']]);
    expect(rolesOf('The MRI of the knee\nperformed at the imaging center on 5/6/2017 showed a tear.')).toEqual([['2017-05-06', 'imaging']]);
  });
  it('an exam-date label after an imaging word on its line dates the imaging; a surgery department is no surgery (look-behinds read after the word they guard)', () => {
    expect(rolesOf('MRI right shoulder, exam date: 03/03/2018')).toEqual([['2018-03-03', 'imaging']]);
    expect(rolesOf('Follow-up visit. Exam date: 03/03/2018')).toEqual([['2018-03-03', 'visit']]);
    expect(rolesOf('Department of Orthopedic Surgery 05/06/2016')).toEqual([['2016-05-06', 'other']]);
    expect(rolesOf('Specialty: Hand Surgery 05/06/2016')).toEqual([['2016-05-06', 'other']]);
    expect(rolesOf('Knee surgery 05/06/2016 went well.')).toEqual([['2016-05-06', 'procedure']]);
  });
  it('gives narrative dates their roles', () => {
    expect(rolesOf('An MRI of the lumbar spine dated 6/20/2012 showed desiccation. Trigger point injections were performed on 1/15/2014. The progress report of 4/22/2014 notes pain.')).toEqual([
      ['2012-06-20', 'imaging'], ['2014-01-15', 'procedure'], ['2014-04-22', 'visit'],
    ]);
  });
  it('a labelled exam date is the visit, even after a cumulative-trauma "CT" on the line', () => {
    expect(rolesOf('Date of injury: CT 2015 to 03-01-2017        Exam date: 04/02/2017')).toEqual([
      ['2017-03-01', 'injury'], ['2017-04-02', 'visit'],
    ]);
  });
  it('a date after "s/p" a procedure is a procedure date, after "s/p" a fall it is not', () => {
    expect(rolesOf('She is s/p right knee meniscectomy on 05/06/2016.')).toEqual([['2016-05-06', 'procedure']]);
    expect(rolesOf('He is s/p ACDF at C5-6 on 2/3/2015.')).toEqual([['2015-02-03', 'procedure']]);
    expect(rolesOf('She is status post fall on 05/06/2016.').map((r) => r[1])).not.toContain('procedure');
  });
  it("a single report named by its author's title is a visit; a range of reports is not", () => {
    expect(rolesOf('Office note by Dr. Lee, 06/01/2017: pain unchanged.')).toEqual([['2017-06-01', 'visit']]);
    expect(rolesOf('Records: office notes by Dr. Lee 06/01/2017 through 09/01/2017.').map((r) => r[1])).toEqual(['other', 'other']);
  });
  it('a narrative cue reaches a date wrapped onto the next line, not across a blank line', () => {
    expect(rolesOf('Weight-bearing ankle films\n11/02/2019 show no fracture.')).toEqual([['2019-11-02', 'imaging']]);
    expect(rolesOf('The right elbow release was carried out on\n3/3/2016 without complication.')).toEqual([['2016-03-03', 'procedure']]);
    expect(rolesOf('Ankle films\n\n11/02/2019 Follow-up plan').map((r) => r[1])).not.toContain('imaging');
  });
  it('keeps one role per date across the record', () => {
    const roles = rolesOf('UR Denial Date: 05/13/2014\nThe request was non-certified on 5/13/2014.');
    expect(roles.map((r) => r[1])).toEqual(['ur_decision', 'ur_decision']);
  });

  it('a sentence that opens with its date and goes on to tell the injury dates the injury', () => {
    expect(rolesOf('HPI: On Friday, March 6,\n2020, late in his shift, he was stacking crates on a wet dock; his boot caught and he fell onto his side.')).toEqual([['2020-03-06', 'injury']]);
    expect(injuryOf('HPI: On 03/06/2020, while restocking the cooler, she was struck by a falling case.').date).toBe('2020-03-06');
    // a date another cue claims keeps that role, and a date-first sentence without an injury is no injury date
    expect(rolesOf('On 03/06/2020 he was seen in clinic; he said he fell at home years ago.')).toEqual([['2020-03-06', 'visit']]);
    expect(rolesOf('On 03/06/2020 she started physical therapy twice a week.')).toEqual([['2020-03-06', 'other']]);
  });
});

describe('findEventDates: layouts and titles', () => {
  it('reads a dot leader after a form label as its colon', () => {
    expect(rolesOf('Date of notice ......... 2020-02-11\nDate of injury ......... 2019-08-30')).toEqual([
      ['2020-02-11', 'ur_decision'], ['2019-08-30', 'injury'],
    ]);
  });
  it('a procedure told with its physician ("by Dr. X on DATE") or as "were done on"', () => {
    expect(rolesOf('A genicular nerve block by Dr. Osei on 02/03/2020 gave brief relief. Facet blocks at L3-4 and L4-5 on both sides were done on 7/9/2019.')).toEqual([
      ['2020-02-03', 'procedure'], ['2019-07-09', 'procedure'],
    ]);
  });
  it('a utilization review letter\'s own date stands alone under its letterhead', () => {
    expect(rolesOf('NORTHSIDE UTILIZATION REVIEW SERVICES\n12 Any Street, Town, CA\n\nMarch 3, 2022\n\nDear Dr. Lane:\nThe request was reviewed.')).toEqual([
      ['2022-03-03', 'ur_decision'],
    ]);
    expect(rolesOf('ORTHOPAEDIC ASSOCIATES\n\nMarch 3, 2022\n\nDear Dr. Lane:')).toEqual([['2022-03-03', 'other']]);
  });
  it('a request non-certified or denied "in UR" dates the UR decision', () => {
    expect(rolesOf('The knee brace was non-certified in utilization review on 4/2/2019 and denied at UR again on 5/7/2019.')).toEqual([
      ['2019-04-02', 'ur_decision'], ['2019-05-07', 'ur_decision'],
    ]);
  });
  it('a report\'s own date is a records date, and a planned follow-up is no visit', () => {
    expect(rolesOf('Visit date: 06/03/2021   Date of report: 06/09/2021\nPlan: recheck in 3 weeks (6/24/2021).')).toEqual([
      ['2021-06-03', 'visit'], ['2021-06-09', 'other'], ['2021-06-24', 'other'],
    ]);
  });
  it('an imaging word after a semicolon belongs to the next item', () => {
    expect(rolesOf('Reviewed: PR-2 notes dated 01/05/2021 and 02/09/2021; MRI report dated 11/30/2020.')).toEqual([
      ['2021-01-05', 'visit'], ['2021-02-09', 'visit'], ['2020-11-30', 'imaging'],
    ]);
  });
});

describe('findInjury', () => {
  it('reads a narrative injury', () => {
    const inj = injuryOf('The injured worker is a 46 year old male who injured his low back (DOI 3/4/12) when he lifted a case of water.');
    expect(inj).toMatchObject({ date: '2012-03-04', mechanism: 'lifting', bodyParts: [{ part: 'lumbar spine', side: null }] });
    expect(inj.evidence?.text).toBe('3/4/12');
  });
  it('does not take the line after a labelled header date for the injury story', () => {
    const inj = injuryOf('DOI: 3/27/17 Claim: 17-WC-440192\n\nHe drives a forklift and stacks crates with his right shoulder.\n\nHe injured his low back lifting a crate.');
    expect(inj).toMatchObject({ date: '2017-03-27', bodyParts: [{ part: 'lumbar spine', side: null }] });
  });
  it('takes the end of a cumulative-trauma range', () => {
    expect(injuryOf('Date of Injury: CT 01/01/2009 - 06/30/2011\nShe developed neck pain from cumulative trauma at the keyboard.').date).toBe('2011-06-30');
  });
  it('never takes a visit or MRI date for the injury date', () => {
    const inj = injuryOf('Seen on 04/21/2015. MRI lumbar spine 07/10/2013 showed a protrusion. Date of Injury: 03/14/2012.');
    expect(inj.date).toBe('2012-03-14');
  });
  it('reads the mechanism from the sentence after the date', () => {
    const inj = injuryOf('She sustained an industrial injury on 02/07/2014. She was pushing an occupied bed up a ramp when the bed rolled back, and felt low back pain.');
    expect(inj.mechanism).toBe('pushing/pulling');
    expect(inj.bodyParts).toMatchObject([{ part: 'lumbar spine', side: null }]);
  });
  it.each([
    ['was injured on 1/2/2015 when she slipped on a wet floor and fell', 'slip and fall'],
    ['injured on 1/2/2015 when a carton fell from a shelf and struck him on the head', 'struck by object'],
    ['was injured on 1/2/2015 when he tripped over a hose', 'trip and fall'],
    ['injured her right knee on 1/2/2015 when she pivoted quickly', 'twisting'],
    ['was injured on 1/2/2015 while transferring a patient from a bed', 'lifting'],
    ['injured on 1/2/2015 when his truck was rear-ended', 'motor vehicle accident'],
    ['was injured on 1/2/2015 when his feet shot out from under him on the loading ramp', 'slip and fall'],
    ['was injured on 1/2/2015 while shoving a stuck pallet across the loading bay', 'pushing/pulling'],
    ['was injured on 1/2/2015 when she went down on a puddle of spilled coolant near the press', 'slip and fall'],
    ['was injured on 1/2/2015 when a wheeled rack rolled off the lift gate and clipped him on the right knee', 'struck by object'],
    ['was injured on 1/2/2015 when her boot slid out on a smear of hydraulic fluid by the press', 'slip and fall'],
    ['was injured on 1/2/2015 when a detained juvenile he was walking to intake lunged at him and knocked him down', 'assault'],
    ['was injured on 1/2/2015 when she lost her footing on the top step of a rolling scaffold and landed on her hip', 'fall'],
    ['was injured on 1/2/2015 when she slipped on black ice in the parking lot', 'slip and fall'],
  ])('%s', (text, mechanism) => {
    expect(injuryOf(`The patient ${text}.`).mechanism).toBe(mechanism);
  });
  it.each([
    ['The patient injured his right knee on 1/2/2015 when his right foot stayed planted as he turned.', [{ part: 'knee', side: 'right' }]],
    ['She was injured on 1/2/2015 while walking with a box of files on her left shoulder and twisted her right ankle.', [{ part: 'ankle', side: 'right' }]],
    ['He was injured on 1/2/2015 when his right foot slid out on a wet ramp and he wrenched his knee.', [{ part: 'knee', side: 'right' }]],
    ['He was injured on 1/2/2015 when he caught his boot on a loose cable and pitched onto his left wrist.', [{ part: 'wrist', side: 'left' }]],
    ['She was injured on 1/2/2015 when a swinging gate struck her in the mid back and knocked her down to her knees.', [{ part: 'thoracic spine', side: null }]],
    ['She was injured on 1/2/2015 when a closing fire door caught her left hand against the frame.', [{ part: 'hand', side: 'left' }]],
    ['He was injured on 1/2/2015 when a van struck his car and his head jerked forward. He developed neck pain the next day.', [{ part: 'cervical spine', side: null }]],
  ])('a planted foot, a carried load or a whiplash motion is not the injured part: %s', (text, parts) => {
    expect(injuryOf(text).bodyParts).toMatchObject(parts);
  });
  it('reads a story told without an injury word when the worker felt the onset', () => {
    expect(injuryOf('On the DOI he was hauling a loaded pallet jack up a ramp when he felt a sudden pop in his low back.').mechanism).toBe('pushing/pulling');
  });
  it('a vehicle that was hit is a motor vehicle accident', () => {
    expect(injuryOf('He was injured on 5/6/2019 when his work van was hit by a bus at an intersection.').mechanism).toBe('motor vehicle accident');
  });
  it('a task done over months until it hurt is repetitive motion; a torque wrench is a tool, not a twist', () => {
    const inj = injuryOf('Her right wrist was injured over many months of tightening bolts with a torque wrench (DOI 8/1/2018).');
    expect(inj.mechanism).toBe('repetitive motion');
    expect(inj.bodyParts).toMatchObject([{ part: 'wrist', side: 'right' }]);
  });
  it('a following sentence about a non-industrial injury names no claimed part', () => {
    const inj = injuryOf('He was hurt on 4/4/2018 when a rolling cart caught him. He had a non-industrial right ankle fracture in 2010 and no ankle complaints since. He developed left hip pain that night.');
    expect(inj.bodyParts).toMatchObject([{ part: 'hip', side: 'left' }]);
  });
  it('a spine region has no side, though the pain is told on one side', () => {
    const inj = injuryOf('She strained her left low back and hip lifting a crate on 3/3/2016.');
    expect(inj.bodyParts).toMatchObject([{ part: 'lumbar spine', side: null }, { part: 'hip', side: 'left' }]);
  });
  it('limb symptoms that come with the spine pain are not injured parts', () => {
    const inj = injuryOf('He injured his neck lifting a pallet on 10/2/2017. He developed neck pain with right arm numbness.');
    expect(inj.bodyParts).toMatchObject([{ part: 'cervical spine', side: null }]);
  });
  it('a claim form\'s body-parts field outranks the parts told in the story', () => {
    const inj = injuryOf('Claim: 22-1180   Parts of body: L knee, low back\n\nShe injured her left knee when she slipped on 2/2/2022.');
    expect(inj.bodyParts).toMatchObject([{ part: 'knee', side: 'left' }, { part: 'lumbar spine', side: null }]);
  });
  it('an imaging requisition\'s "Body part:" is the part imaged, not the claim\'s list', () => {
    expect(injuryOf('Body part: lumbar spine\n\nHe injured his right knee when he slipped on 2/2/2022.').bodyParts).toMatchObject([{ part: 'knee', side: 'right' }]);
  });
  it('says null when the record does not tell', () => {
    expect(injuryOf('Follow-up for neck pain. Pain 5/10.')).toMatchObject({ date: null, mechanism: null, evidence: null });
  });
});

describe('injured parts carry their own evidence', () => {
  it('points each part at the words that name it, and a bilateral part at both sided mentions', () => {
    const text = 'On 4/5/2016 she tripped over a hose and hurt her right knee, her left knee and her neck.';
    const doc = docOf(text);
    const parts = findInjury(doc, lex, findEventDates(doc, lex)).bodyParts;
    expect(parts.map((p) => [p.part, p.side, p.evidence.text])).toEqual([
      ['knee', 'bilateral', 'knee, her left knee'],
      ['cervical spine', null, 'neck'],
    ]);
    for (const p of parts) expect(doc.text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
  });
  it('points a part from a claim form\'s list at the list', () => {
    const doc = docOf('Body parts: R shoulder, neck\nHe fell on 2/2/2022.');
    const parts = findInjury(doc, lex, findEventDates(doc, lex)).bodyParts;
    expect(parts.map((p) => [p.part, p.evidence.text])).toEqual([['shoulder', 'shoulder'], ['cervical spine', 'neck']]);
  });
});
