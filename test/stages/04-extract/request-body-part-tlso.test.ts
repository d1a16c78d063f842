/** A thoracolumbosacral orthosis (TLSO) is a brace for the spine, so its request names the spine and the lumbar-support topic decides it. */
import { describe, expect, it } from 'vitest';
import { findBodyParts } from '../../../src/stages/04-extract/find-body-parts.js';
import { lex } from '../../helpers/docs.js';

describe('body parts: a thoracolumbosacral orthosis', () => {
  it('names the thoracic spine', () => {
    expect(findBodyParts('Thoracolumbosacral orthosis (TLSO), replacement', lex).map((p) => p.part)).toEqual(['thoracic spine']);
  });
});
