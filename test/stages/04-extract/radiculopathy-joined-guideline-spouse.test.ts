/**
 * Radiculopathy subjects and episodes written in ways the earlier rules missed: a guideline named
 * in a joined token ("ODG/ACOEM"), criteria that "require" a finding, a relative with a word before
 * the relation ("her late father"), and a past episode closed after the mention.
 */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const rad = (text: string) => findRadiculopathy(docOf(text), lex);
const subjects = (text: string) => rad(text).mentions.map((m) => `${m.assertion}/${m.subject}`);

describe('guideline statements', () => {
  it('reads a guideline named in a slash pair as the subject of its verb', () => {
    const r = rad('RATIONALE\nThe ODG/ACOEM low back chapter recommends decompression only with imaging that matches a radiculopathy on examination.');
    expect(subjects('RATIONALE\nThe ODG/ACOEM low back chapter recommends decompression only with imaging that matches a radiculopathy on examination.')).toEqual(['hypothetical/guideline']);
    expect(r.status).toBe('not_mentioned');
  });
  it('reads "criteria for X require" as a guideline statement, even after a negated clause', () => {
    const r = rad('A repeat block was not requested: the criteria for a repeat block require radicular pain confirmed by imaging.');
    expect(r.mentions.map((m) => m.subject)).toEqual(['guideline']);
    expect(r.status).toBe('not_mentioned');
  });
});

describe('another experiencer', () => {
  it('gives the condition to a relative with a word before the relation', () => {
    expect(rad('Social history: her older brother has been off work for two years with sciatica.').mentions.map((m) => m.subject)).toEqual(['other']);
    expect(rad('Social history: her older brother has been off work for two years with sciatica.').status).toBe('not_mentioned');
  });
  it('keeps the patient as subject when no relation follows the possessive', () => {
    expect(rad('His lower back pain radiates down his right leg to the ankle.').mentions.map((m) => m.subject)).toEqual(['patient']);
  });
});

describe('past episodes closed after the mention', () => {
  it('makes a mention historical when its sentence says it was treated and the record calls it resolved', () => {
    const r = rad('HISTORY\nIn 2017 she had a left L5 radiculopathy which was relieved by a laminotomy.\nASSESSMENT\n1. Left L5 radiculopathy, resolved.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical', 'historical']);
    expect(r.status).toBe('absent');
  });
  it('keeps it affirmed without a resolved mention of the same region', () => {
    const r = rad('HISTORY\nIn 2017 she had a left L5 radiculopathy which was treated with two epidurals.\nShe still has leg pain.');
    expect(r.status).toBe('present');
  });
});

describe('records that exclude it, and episodes dated in the past', () => {
  it('reads "the studies exclude a radiculopathy" as a denial, while "to exclude" stays a suspicion', () => {
    expect(rad('The nerve studies exclude a C6 radiculopathy as the cause of the thumb numbness.').status).toBe('absent');
    expect(rad('An EMG is requested to exclude a C6 radiculopathy.').status).toBe('possible');
  });
  it('makes "had sciatica in 2014; it resolved" historical when the record lists it resolved', () => {
    const r = rad('HISTORY\nHe had sciatica in 2014 after a fall at home; it resolved with rest.\nASSESSMENT\n2. Lumbar radiculopathy (2014), resolved.');
    expect(r.mentions.map((m) => m.assertion)).toEqual(['historical', 'historical']);
    expect(r.status).toBe('absent');
  });
});
