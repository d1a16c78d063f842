/** A measured value as a FHIR Quantity, coded in UCUM when the unit is one UCUM spells. */
import type { Quantity } from './fhir-types.js';
import { SYSTEMS } from './fhir-urls.js';

/**
 * The unit words the extractor writes (`unit` on exam findings) and their UCUM codes. These are
 * units of measure, not clinical terms; a unit missing here is exported as written, uncoded.
 */
const UCUM: Readonly<Record<string, string>> = Object.freeze({
  degrees: 'deg', degree: 'deg', deg: 'deg', kg: 'kg', lb: '[lb_av]', lbs: '[lb_av]', cm: 'cm', mm: 'mm', in: '[in_i]',
});

/** `70, "degrees"` → `{value: 70, unit: "degrees", system: UCUM, code: "deg"}`. */
export function ucumQuantity(value: number, unit: string | null): Quantity {
  if (unit === null) return { value };
  const code = Object.hasOwn(UCUM, unit.toLowerCase()) ? UCUM[unit.toLowerCase()] : undefined;
  return code ? { value, unit, system: SYSTEMS.ucum, code } : { value, unit };
}
