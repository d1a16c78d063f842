/** The spine region a request is for, when its body part is a spine segment. */
import { SPINE_REGIONS, type BodyPart, type SpineRegion } from '../../types/vocab.js';

/** "cervical spine" → "cervical"; any other body part (or none) → null. */
export function requestRegion(bodyPart: BodyPart | null): SpineRegion | null {
  if (!bodyPart || !bodyPart.endsWith(' spine')) return null;
  const region = bodyPart.slice(0, -' spine'.length);
  return (SPINE_REGIONS as readonly string[]).includes(region) ? (region as SpineRegion) : null;
}
