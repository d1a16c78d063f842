/**
 * Mechanism cues in injury stories written in fresh wording: a "pull" felt in the body is a
 * sensation, not pulling; a vehicle that clipped the worker and a crushing machine are an object
 * striking; missing a step is a fall. An animal's bite is other, even while the animal was being carried;
 * raising a weighed load is lifting; a fall the record denies is no fall. A trip told "without
 * falling" is no trip and fall; stepping off a curb and falling is a fall whatever was carried; a
 * tool that slipped is no slip of the worker; a reach truck is no road vehicle, and the load's corner
 * that struck the knee is an object striking; a shift spent kneeling is repetitive; a thumb forced
 * backward by a crank is a stated mechanism with no name (other); masked men with a handgun are an
 * assault; a cut by a box cutter is other; thrown off a mower is a fall; pushing off to jog is no pushing.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import { docOf, lex } from '../../helpers/docs.js';

const mechanismOf = (text: string) => {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex)).mechanism;
};

describe('injury mechanism cues', () => {
  it.each([
    ['The worker was injured on 4/2/2020 when she twisted to grab a tipping tray and felt a pull in her low back.', 'twisting'],
    ['The worker was injured on 4/2/2020. A roll-up loading dock door came down when its cable snapped, striking him across the back of the neck.', 'struck by object'],
    ['The worker was injured on 4/2/2020 when he was descending a wood pole, his climbing gaff cut out and he slid about six feet before his belt caught.', 'fall'],
    ['The worker was injured on 4/2/2020 when he was levering a manhole cover with a lifting hook; it broke free and he stumbled back a step while holding its weight.', 'lifting'],
    ['The worker was injured on 4/2/2020 when she stumbled over a hose on the dock and fell onto her knees.', 'trip and fall'],
    ['The worker was injured on 4/2/2020 when he pivoted on the wet deck and felt a pulling sensation in the knee.', 'twisting'],
    ['The worker was injured on 4/2/2020 when he pulled a loaded pallet jack up the ramp and felt low back pain.', 'pushing/pulling'],
    ['The worker was injured on 4/2/2020 when a pallet jack driven by a co-worker clipped his right ankle.', 'struck by object'],
    ['The worker was injured on 4/2/2020 when the company pickup he was driving slid off a gravel lease road and rolled twice.', 'motor vehicle accident'],
    ['The worker was injured on 4/2/2020 when he was pulling stock from the third rung of a ladder when the ladder kicked out and he landed on his right foot.', 'fall'],
    ['The worker was injured on 4/2/2020 when she and a nurse were boosting a 290-pound patient who had slid down in the bed.', 'lifting'],
    ['The worker was injured on 3/18/2019 when the car she was driving between visits was stopped at a crosswalk and was struck from behind by a sport utility vehicle.', 'motor vehicle accident'],
    ['Date of injury: CT 01/2010 - 09/27/2019\nHe has welded overhead for ten years.', 'cumulative trauma'],
    ['The worker was injured on 4/2/2020 when she drives screws with a pneumatic nut runner for most of a ten-hour shift.', 'repetitive motion'],
    ['The worker was injured on 4/2/2020 when a forklift backed into her while she was picking orders.', 'struck by object'],
    ['The worker was injured on 4/2/2020 when a loaded hand truck rolled over the front of her left shoe.', 'struck by object'],
    ['The worker was injured on 4/2/2020 when a slow-moving tractor clipped his hip in the orchard lane.', 'struck by object'],
    ['The worker was injured on 4/2/2020 when her sleeve was caught in a press, crushing the left forearm.', 'struck by object'],
    ['The worker was injured on 4/2/2020 when he missed the last step of the loading stairs and landed on his right knee.', 'fall'],
    ['The worker was injured on 4/2/2020 when he stepped backward off the scaffold plank and dropped about six feet to the floor.', 'fall'],
    ['The worker was injured on 4/2/2020 when a pickup ran a red light and hit the side of her patrol car.', 'motor vehicle accident'],
    ['The worker was injured on 4/2/2020 during a robbery at the pharmacy counter; he was kicked and shoved into the shelving.', 'assault'],
    ['The worker was injured on 4/2/2020 after months of painting ceilings overhead 7 hours a day.', 'repetitive motion'],
    ['The worker was injured on 4/2/2020 when she was lowering a crate of bottles onto the bottom shelf and felt a pop in her back.', 'lifting'],
    ['The worker was injured on 4/2/2020 while transferring a 300-pound resident from the bed to a chair.', 'lifting'],
    ['The worker was injured on 4/2/2020 when he twisted his right ankle as he turned while carrying a crate.', 'twisting'],
    ['The worker was injured on 4/2/2020 when her left hand was crushed after a stack of pallets slipped off the forks.', 'struck by object'],
    ['The worker was injured on 4/2/2020 while carrying a frightened cat to the exam table when it bit the base of her right thumb.', 'other'],
    ['The worker was injured on 4/2/2020 when he was bitten by a loose German shepherd on a mail route.', 'other'],
    ['The worker was injured on 4/2/2020 when he and a helper were raising a 90-pound door onto its hinges and the helper let go.', 'lifting'],
    ['The worker was injured on 4/2/2020 when a chair rolled as she sat down; she did not fall but felt a sharp pain in her low back.', null],
    ['The worker was injured on 4/2/2020 when she stepped into a hole hidden by grass and her right foot rolled under her.', 'twisting'],
    ['The worker was injured on 4/2/2020 when he rolled his left ankle on a curb while delivering a package.', 'twisting'],
    ['The worker was injured on 4/2/2020 after a season of making repeated forceful cuts with the right hand on the line.', 'repetitive motion'],
    ['The worker was injured on 6/30/2020 when a 20-pound stage-light fixture fell about 14 feet and struck the top of his head.', 'struck by object'],
    ['The worker was injured on 6/30/2020 when a box of files fell off the top shelf and hit her on the shoulder.', 'struck by object'],
    ['The worker was injured on 6/30/2020 when he fell about 14 feet from the truss and struck his head.', 'fall'],
    ['The worker was injured on 5/23/2016 while riding as a front-seat passenger in a company shuttle van that was struck on the passenger side by a pickup truck.', 'motor vehicle accident'],
    ['The worker was injured on 2/9/2017 when he stepped backward off the bed of his delivery truck, missed the lift gate and landed on his buttocks.', 'fall'],
    ['The worker was injured on 11/6/2018 when she missed a step while carrying a banker\'s box of files down the back stairwell and fell down about five stairs.', 'fall'],
    ['The worker was injured on 10/7/2018 when he was heaving a full half-barrel keg from the lift gate of his truck onto a hand truck.', 'lifting'],
  ])('%s → %s', (text, mechanism) => {
    expect(mechanismOf(text)).toBe(mechanism);
  });
});

describe('injury stories told without an injury word', () => {
  it.each([
    // a collision verb tells the story even when no sentence says "injury" or "accident"
    ['SUBJECTIVE:\nShe was delivering parcels when her van was rear-ended by a bus at an intersection. Her back pain began the next day.', 'motor vehicle accident'],
    ['SUBJECTIVE:\nHe was returning from a job site when a delivery truck sideswiped his company pickup on the highway.', 'motor vehicle accident'],
    // a tool that binds and wrenches the wrist is a twisting injury
    ['The worker was injured on 4/2/2020 when the auger jammed and wrenched his left wrist backward.', 'twisting'],
    // weeks or months of a task, or a movement done hundreds of times a shift, is repetitive motion
    ['The worker was injured on 4/2/2020 after several weeks of stapling boxes on the packing line.', 'repetitive motion'],
    ['The worker was injured on 4/2/2020; she crimps connectors by hand, about 1,200 times per shift.', 'repetitive motion'],
  ])('%s → %s', (text, mechanism) => {
    expect(mechanismOf(text)).toBe(mechanism);
  });

  it('reads the story in the sentence after a prose "with a date of injury of" sentence', () => {
    expect(mechanismOf('CLINICAL CASE SUMMARY\nThe patient is a 38 year-old carpenter with a date of injury of 4/2/2013. He was kneeling on a bridge deck and twisted to his left to reach a tool.\n')).toBe('twisting');
  });
});

describe('injury mechanisms told with a denial, a tool or industrial equipment', () => {
  it.each([
    ['On 09/22/2022, at the end of a ten-hour shift kneeling and squatting while setting tile, he stood up and caught his toes on a door threshold, without falling.', 'repetitive motion'],
    ['She was injured on 10/28/14 when she stepped off a curb she had not seen while carrying a cooler of specimens to her van and fell backward onto her buttocks.', 'fall'],
    ['On 09/13/2022 she was opening a can with the crank opener when the crank handle slipped and her right thumb was forced backward against the lever.', 'other'],
    ['He was injured on 02/21/2023 when a loaded pallet that a co-worker was lowering with a reach truck slid off the forks, and its corner struck the outside of his right knee.', 'struck by object'],
    ['She was injured on 11/9/2012 when two masked men entered the branch. One of them held a handgun to her head and struck her with the gun.', 'assault'],
    ['She lacerated the palm side of her left index finger on 10/30/2017 when a box cutter slipped while she was breaking down a case.', 'other'],
    ['He was injured on 5/23/22 while mowing on a riding mower when the front wheel dropped into a trench; he was thrown off the seat, landing on his L shoulder.', 'fall'],
    ['On 01.09.2019 he was pushing off to jog up a steep driveway with a package when he felt a pop in the back of the left ankle.', 'other'],
  ])('%s -> %s', (text, mechanism) => {
    expect(mechanismOf(text)).toBe(mechanism);
  });

  it('still reads a trip that ends in a fall, a worker who slipped, and a road truck that hit a car', () => {
    expect(mechanismOf('On 3/3/2021 she caught her foot on a cord and fell onto her right knee.')).toBe('trip and fall');
    expect(mechanismOf('On 3/3/2021 he slipped on the wet floor of the kitchen.')).toBe('slip and fall');
    expect(mechanismOf('She was injured on 3/3/2021 when a delivery truck ran the red light and struck the van she was driving.')).toBe('motor vehicle accident');
  });

  it('the injury\'s day told again in prose dates the story; a later complaint is not the mechanism', () => {
    expect(mechanismOf('PROGRESS REPORT\nDOI: 2/14/23\n\nS: 31 y/o apprentice electrician. On 2/14/23 carried a 70 lb bundle of conduit on his L shoulder up 3 flights of stairs, ~15 min. Today: ache 7/10 after overhead work.\n')).toBe('lifting');
  });

  it('a cumulative-trauma period written with month names', () => {
    expect(mechanismOf('Date of Injury:   CT March 2, 2015 - September 16, 2022\n\nHISTORY\nHe is a crane operator with numbness in the right ring and small fingers.\n')).toBe('cumulative trauma');
  });
});
