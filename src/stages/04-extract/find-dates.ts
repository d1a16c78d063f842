/**
 * Date mentions in text: 8/20/14, 08/20/2014, 8-20-2014, 2014-08-20, 2014/08/20, August 20, 2014, 20 Aug 2014,
 * 20-Aug-2014, the 3rd of May 2019, Mar-5-12, and month-only forms (01/2015, January 2015) which carry `precision: 'month'` and no
 * ISO day.
 */
import type { Lexicons } from '../../lexicons/registry.js';

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO date for day-precision mentions, else null. */
  readonly iso: string | null;
  readonly precision: 'day' | 'month';
  readonly year: number;
  readonly month: number;
}

const cache = new WeakMap<object, RegExp>();

/**
 * Capture numbers of the date regex. Plain groups rather than named ones: a named-group match
 * builds a `groups` object of all the names for every date found.
 */
const G = { m1: 1, sep: 2, d1: 3, y1: 4, y2: 5, sep2: 6, m2: 7, d2: 8, mn3: 9, d3: 10, y3: 11, y6: 12, d4: 13, mn4: 14, y4: 15, m5: 16, y5: 17 } as const;

/**
 * The date forms in one alternation. The two forms that open with a month name share it
 * ("August 20, 2014" or "January 2015" after it), so the name is tried once per word start; they
 * sit together ahead of the forms that open with a digit, which never match where a name does.
 */
function dateRegex(months: Record<string, number>): RegExp {
  const names = Object.keys(months).sort((a, b) => b.length - a.length).join('|');
  return new RegExp(
    [
      '(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/]|\\.\\d)', // 8/20/14
      '(?<![\\d/-])((?:19|20)\\d{2})([-/])(\\d{1,2})\\6(\\d{1,2})(?!\\d)', // 2014-08-20, 2014/08/20
      // August 20, 2014 | Mar-5-12 (a two-digit year only in the all-hyphen form) | January 2015
      `\\b(${names})\\.?(?:(?:\\s+|-)(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+|-)((?:19|20)\\d{2}|(?<=-\\d{1,2}-)\\d{2})\\b|,?\\s+((?:19|20)\\d{2})\\b)`,
      `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of\\s+|\\s+|-)(${names})\\.?(?:,?\\s+|-)((?:19|20)\\d{2})\\b`, // 20 August 2014, 20-Aug-2014, 3rd of May 2019
      '(?<![\\d/.-])(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])', // 01/2015
    ].join('|'),
    'gi',
  );
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n <= 40 ? 2000 + n : 1900 + n;
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return false;
  // Gregorian leap years (as Date.UTC counts them), without building a Date per mention
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!;
  return d <= dim;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Does `text` hold a digit? Every date form has one, so text without any needs no regex scan. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Every date mention in `text`; offsets are `base + index` so callers can pass a slice. */
export function findDates(text: string, lexicons: Pick<Lexicons, 'dateRoles'>, base = 0): DateMention[] {
  const months = lexicons.dateRoles.months;
  let re = cache.get(months);
  if (!re) {
    re = dateRegex(months);
    cache.set(months, re);
  }
  const out: DateMention[] = [];
  if (!hasDigit(text)) return out;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const monthName = (m[G.mn3] ?? m[G.mn4])?.toLowerCase();
    const month = monthName ? months[monthName] ?? 0 : Number(m[G.m1] ?? m[G.m2] ?? m[G.m5]);
    const yearText = m[G.y1] ?? m[G.y2] ?? m[G.y3] ?? m[G.y4] ?? m[G.y5] ?? m[G.y6];
    if (!yearText) continue;
    const year = fullYear(yearText);
    const dayText = m[G.d1] ?? m[G.d2] ?? m[G.d3] ?? m[G.d4];
    const start = base + m.index;
    const end = start + m[0].length;
    // literal objects of one shape (no spread): these are built for every date of every document
    if (dayText === undefined) {
      if (month >= 1 && month <= 12) out.push({ start, end, text: m[0], year, month, iso: null, precision: 'month' });
      continue;
    }
    const day = Number(dayText);
    if (!isValidDay(year, month, day)) continue;
    out.push({ start, end, text: m[0], year, month, iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' });
  }
  return out;
}
