/**
 * A trip told "without falling" is no trip and fall; stepping off a curb and falling is a fall
 * whatever was carried; a tool that slipped is no slip of the worker; a reach truck is no road
 * vehicle, and the load's corner that struck the knee is an object striking; a shift spent
 * kneeling is repetitive; a thumb forced backward by a crank is a stated mechanism with no name (other);
 * masked men with a handgun are an assault; a cut by a box cutter is other; thrown off a mower is a fall;
 * pushing off to jog is no pushing.
 */
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../../src/stages/04-extract/find-injury.js';
import { docOf, lex } from '../../helpers/docs.js';

const mechanismOf = (text: string) => {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex)).mechanism;
};

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
});
