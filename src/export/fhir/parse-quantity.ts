/** A request's quantity as written → a FHIR Quantity, only when the reading is unambiguous. */
import type { Quantity } from './fhir-types.js';

/** `#60`, `x1`, `6 sessions`, `180 grams`: one number, optionally prefixed, optionally one unit word. */
const SIMPLE = /^(?:#|x\s*)?(\d+(?:\.\d+)?)(?:\s+([A-Za-z]+))?$/;

/**
 * `"#60"` → `{value: 60}`, `"6 sessions"` → `{value: 6, unit: "sessions"}`; null for anything
 * with more than one number or more words ("2x/week x 4 weeks"): multiplying frequency by
 * duration is a reading the record did not write, so such text is exported only as written.
 */
export function parseQuantity(written: string | null): Quantity | null {
  if (written === null) return null;
  const m = SIMPLE.exec(written.trim());
  if (!m?.[1]) return null;
  const value = Number(m[1]);
  return m[2] ? { value, unit: m[2] } : { value };
}
