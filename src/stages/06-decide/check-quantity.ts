/** The `requestQuantityAtMost` and `visitsAtMost` predicates: is the request within the limit? */
import type { DecideContext, PredicateResult } from './decide-context.js';
import { parseQuantity } from '../../text/parse-quantity.js';
import { findPriorTreatments } from './find-prior-treatments.js';
import { compilePattern } from './compile-pattern.js';

type QuantityParams = number | { max: number; unitPattern?: string; unitFactor?: number } | { max: number; includePrior: boolean };

/**
 * Requested amount (scaled by `unitFactor` when the quantity matches `unitPattern`, e.g. weeks of
 * a day program) plus, with `includePrior`, the sessions of the same treatment already completed.
 * Unknown when the request states no number or a prior course's length is not stated and the
 * known total is still within the limit.
 */
export function checkQuantity(p: QuantityParams, ctx: DecideContext): PredicateResult {
  const opts = typeof p === 'number' ? { max: p } : p;
  const written = ctx.request.quantity;
  // extraction reads numbers in words too ("eight sessions"); facts without the field get digits only
  let requested =
    ctx.request.quantityValue !== undefined ? ctx.request.quantityValue : written ? parseQuantity(written) : parseQuantity(ctx.request.text, true);
  const ev = [ctx.request.evidence];
  if (requested === null) return { status: 'unknown', evidence: [], notes: ['the request states no quantity'] };
  if ('unitPattern' in opts && opts.unitPattern && opts.unitFactor && compilePattern(opts, opts.unitPattern).test(written ?? ctx.request.text)) {
    requested *= opts.unitFactor;
  }
  let prior = 0;
  let priorUnknown = false;
  if ('includePrior' in opts && opts.includePrior) {
    for (const t of findPriorTreatments({ treatment: [ctx.request.treatment], sameBodyPart: true }, ctx)) {
      ev.push(t.evidence);
      if (t.sessions === null || t.sessions === undefined) priorUnknown = true;
      else prior += t.sessions;
    }
  }
  const total = requested + prior;
  const what = prior > 0 ? `${prior} completed + ${requested} requested = ${total}` : `${requested} requested`;
  const note = `${what}${priorUnknown ? ' (plus a prior course of unstated length)' : ''}; limit ${opts.max}`;
  if (total > opts.max) return { status: 'not_met', evidence: ev, notes: [note] };
  return { status: priorUnknown ? 'unknown' : 'met', evidence: ev, notes: [note] };
}
