/**
 * Clinic shorthand: "radic" is a radiculopathy, and a question mark before it ("to eval ? S1
 * radic", "3. ? L S1 radiculopathy vs piriformis") is a suspicion, not a sentence end; "w/o
 * contrast" describes a study and denies nothing after it. A denied limb symptom ("no numbness or
 * tingling in the arm") denies a radiculopathy only in a claim of that spine or where its sentence
 * names the spine. "In 2017 she had a right C6 radiculitis (...) that resolved" is the resolved episode.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { splitSentences } from '../../../src/stages/03-segment/split-sentences.js';
import { docOf, lex } from '../../helpers/docs.js';
import type { BodyPart } from '../../../src/types/vocab.js';

const read = (text: string, parts?: BodyPart[]) => findRadiculopathy(docOf(text), lex, parts).mentions.map((m) => `${m.text}/${m.assertion}`);

describe('radiculopathy shorthand', () => {
  it('reads "radic" after a question mark as suspected', () => {
    expect(read('PLAN:\n1. MRI L-spine w/o contrast to eval ? S1 radic - new neuro signs after 6 wks of conservative care.\n')).toEqual(['radic/hypothetical']);
    expect(read('ASSESSMENT:\n3. ? L S1 radiculopathy vs piriformis syndrome.\n')).toEqual(['radiculopathy/hypothetical']);
  });

  it('keeps a question mark after words a sentence end', () => {
    const doc = docOf('HPI: Is this radiculopathy? Yes, it is.\n');
    expect(doc.sentences.map((s) => s.text)).toContain('Is this radiculopathy?');
    expect(splitSentences('to eval ? S1 radic.', [{ start: 0, end: 19, bodyStart: 0 } as never], lex).length).toBe(1);
  });
});

describe('a denied limb symptom and the claim', () => {
  const text = 'HPI: The ache spreads from the top of the shoulder up into the right side of the neck. He has no numbness or tingling in the arm or hand.\n';
  it('is no denial of a radiculopathy in a shoulder claim', () => {
    expect(read(text, ['shoulder'])).toEqual([]);
  });
  it('is one in a neck claim', () => {
    expect(read(text, ['cervical spine'])).toEqual(['tingling in the arm/negated']);
  });
  it('is one whatever the claim when it names the spine', () => {
    expect(read('HPI: He denies pain radiating from the neck into the arm.\n', ['shoulder'])).toEqual(['radiating from the neck into the arm/negated']);
  });
});

describe('a resolved earlier episode', () => {
  it('reads "had a ... radiculitis (...) that resolved" as historical beside the listed history', () => {
    const r = read('HPI: In 2017 she had a right C6 radiculitis (non-industrial, after lifting a water heater at home) that resolved after six weeks of physical therapy.\n\nDIAGNOSES:\n6. History of right C6 radiculitis, 2017, non-industrial, resolved.\n');
    expect(r).toEqual(['radiculitis/historical', 'radiculitis/historical']);
  });
});
