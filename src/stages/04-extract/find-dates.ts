/**
 * Date mentions in text: 8/20/14, 08/20/2014, 8-20-2014, 2014-08-20, August 20, 2014, 20 Aug 2014,
 * and month-only forms (01/2015, January 2015) which carry `precision: 'month'` and no ISO day.
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

function dateRegex(months: Record<string, number>): RegExp {
  const names = Object.keys(months).sort((a, b) => b.length - a.length).join('|');
  return new RegExp(
    [
      '(?<![\\d/.-])(?<m1>\\d{1,2})(?<sep>[/.-])(?<d1>\\d{1,2})\\k<sep>(?<y1>\\d{4}|\\d{2})(?![\\d/]|\\.\\d)', // 8/20/14
      '(?<![\\d/-])(?<y2>(?:19|20)\\d{2})-(?<m2>\\d{1,2})-(?<d2>\\d{1,2})(?!\\d)', // 2014-08-20
      `\\b(?<mn3>${names})\\.?\\s+(?<d3>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y3>(?:19|20)\\d{2})\\b`, // August 20, 2014
      `\\b(?<d4>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mn4>${names})\\.?,?\\s+(?<y4>(?:19|20)\\d{2})\\b`, // 20 August 2014
      '(?<![\\d/.-])(?<m5>\\d{1,2})/(?<y5>(?:19|20)\\d{2})(?![\\d/])', // 01/2015
      `\\b(?<mn6>${names})\\.?,?\\s+(?<y6>(?:19|20)\\d{2})\\b`, // January 2015
    ].join('|'),
    'gi',
  );
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n <= 40 ? 2000 + n : 1900 + n;
}

function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Every date mention in `text`; offsets are `base + index` so callers can pass a slice. */
export function findDates(text: string, lexicons: Pick<Lexicons, 'dateRoles'>, base = 0): DateMention[] {
  const months = lexicons.dateRoles.months;
  let re = cache.get(months);
  if (!re) {
    re = dateRegex(months);
    cache.set(months, re);
  }
  const out: DateMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups ?? {};
    const monthName = (g.mn3 ?? g.mn4 ?? g.mn6)?.toLowerCase();
    const month = monthName ? months[monthName] ?? 0 : Number(g.m1 ?? g.m2 ?? g.m5);
    const yearText = g.y1 ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5 ?? g.y6;
    if (!yearText) continue;
    const year = fullYear(yearText);
    const dayText = g.d1 ?? g.d2 ?? g.d3 ?? g.d4;
    const base0 = { start: base + m.index, end: base + m.index + m[0].length, text: m[0], year, month };
    if (dayText === undefined) {
      if (month >= 1 && month <= 12) out.push({ ...base0, iso: null, precision: 'month' });
      continue;
    }
    const day = Number(dayText);
    if (!isValidDay(year, month, day)) continue;
    out.push({ ...base0, iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' });
  }
  return out;
}
