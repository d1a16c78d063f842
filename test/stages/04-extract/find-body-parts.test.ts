import { describe, expect, it } from 'vitest';
import { findBodyParts } from '../../../src/stages/04-extract/find-body-parts.js';
import { lex } from '../../helpers/docs.js';

describe('findBodyParts: "back" that is not the worker\'s back', () => {
  it.each([
    ['a forklift hit the back of the trailer while she stood beside it', []],
    ['she went back to modified duty in March', []],
    ['the ache came back within a week', []],
    ['the car was struck and her neck whipped forward and back', [['cervical spine', null]]],
    ['he rocked the crate back and forth and felt his low back give', [['lumbar spine', null]]],
    ['she fell back and landed on her back', [['lumbar spine', null]]],
    ['tenderness at the back of the knee', [['knee', null]]],
  ])('%s', (text, expected) => {
    expect(findBodyParts(text, lex).map((b) => [b.part, b.side])).toEqual(expected);
  });
});

describe('findBodyParts: a side before paired filler words', () => {
  it.each([
    ['numbness of the left ring and small fingers', [['finger', 'left']]],
    ['right hip and knee pain', [['hip', 'right'], ['knee', null]]],
    ['open reduction of a left trimalleolar ankle fracture', [['ankle', 'left']]],
    ['chronic LBP since the lift', [['lumbar spine', null]]],
  ])('%s', (text, expected) => {
    expect(findBodyParts(text, lex).map((b) => [b.part, b.side])).toEqual(expected);
  });
});

describe('findBodyParts: finger pulleys and hand tools', () => {
  it.each([
    ['injection into the left A2 pulley of the ring digit', [['finger', 'left'], ['finger', null]]],
    ['tender over the A1 pulley with triggering', [['finger', null]]],
    ['he was using a hand tool when it happened', []],
  ])('%s', (text, expected) => {
    expect(findBodyParts(text, lex).map((b) => [b.part, b.side])).toEqual(expected);
  });
});

describe('findBodyParts: a thing\'s head is not the worker\'s head', () => {
  it.each([
    ['he caught his boot on a sprinkler head and fell onto his left side', []],
    ['tender over the lateral malleolus with a palpable screw head', []],
    ['she tripped at the head of the stairs and struck her head', [['head', null]]],
  ])('%s', (text, expected) => {
    expect(findBodyParts(text, lex).map((b) => [b.part, b.side])).toEqual(expected);
  });
});

describe('findBodyParts: "B" is bilateral before a part, as claim forms write it', () => {
  it.each([
    ['Body parts claimed: B hands/wrists, R long finger, neck', [['hand', 'bilateral'], ['wrist', null], ['finger', 'right'], ['cervical spine', null]]],
    ['B knees worse with stairs', [['knee', 'bilateral']]],
  ])('%s', (text, expected) => {
    expect(findBodyParts(text, lex).map((b) => [b.part, b.side])).toEqual(expected);
  });
});

describe('findBodyParts: cuts of meat are not the worker\'s parts', () => {
  it.each([
    ['his job is trimming chicken thighs at a packing plant', []],
    ['she stacked boxes of turkey legs and hurt her right shoulder', [['shoulder', 'right']]],
    ['he cuts pork shoulders all day and his left wrist aches', [['wrist', 'left']]],
  ])('%s', (text, expected) => {
    expect(findBodyParts(text, lex).map((b) => [b.part, b.side])).toEqual(expected);
  });
});

describe('findBodyParts: a first word sharing the next part\'s second word', () => {
  it.each([
    ['mid- and low-back pain', [['thoracic spine', null], ['lumbar spine', null]]],
    ['she has had mid and low back pain', [['thoracic spine', null], ['lumbar spine', null]]],
    ['neck and low back pain', [['cervical spine', null], ['lumbar spine', null]]],
  ])('%s', (text, expected) => {
    expect(findBodyParts(text, lex).map((b) => [b.part, b.side])).toEqual(expected);
  });
});

describe('a head-on collision', () => {
  it('is no injured head', () => {
    expect(findBodyParts('The bus was hit head-on by a pickup.', lex).map((p) => p.part)).toEqual([]);
    expect(findBodyParts('He struck his head on the pavement.', lex).map((p) => p.part)).toEqual(['head']);
  });
});

describe('findBodyParts: a joint named as a landmark (its look-behind is read after the joint word)', () => {
  it.each([
    ['laceration of the left leg just below the knee', [['lower leg', 'left']]],
    ['swelling a few inches above his right ankle', []],
    ['pain distal to the elbow and in the right wrist', [['wrist', 'right']]],
    ['right knee pain below the kneecap', [['knee', 'right']]],
    ['the knee below gave way', [['knee', null]]],
  ])('%s', (text, expected) => {
    expect(findBodyParts(text, lex).map((b) => [b.part, b.side])).toEqual(expected);
  });
});
