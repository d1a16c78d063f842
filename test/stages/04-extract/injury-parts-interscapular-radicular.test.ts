/**
 * Pain "between his shoulder blades" is the thoracic spine, not the shoulder; limbs after
 * "radicular pain into" are where pain spreads, not injured parts.
 */
import { describe, expect, it } from 'vitest';
import { injuredParts as parts } from '../../helpers/injury.js';

describe('injured parts: the interscapular region and radicular spread', () => {
  it('reads "between his shoulder blades" as the thoracic spine', () => {
    expect(parts('CLINICAL CASE SUMMARY\nOn March 4, 2021 he was pulling a loaded pallet jack and felt a tearing pain between his shoulder blades, left more than right.'))
      .toEqual([['thoracic spine', null]]);
  });
  it('leaves out the limbs radicular pain spreads into', () => {
    expect(parts('CLINICAL CASE SUMMARY\nHe was injured on 5/23/16 when the van he rode in was struck. He developed neck pain the next day, and over the following year noted radicular pain into the right thumb and index finger, clumsiness of both hands, and unsteadiness.'))
      .toEqual([['cervical spine', null]]);
  });
});
