import { describe, expect, it } from 'vitest';
import { termTrie } from '../../../../src/stages/04-extract/exam/term-trie.js';

const GAP = '[\\s-]+';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const units = (t: string): string[] => [...[...t].map((ch) => (ch === ' ' ? GAP : escape(ch.toLowerCase()))), /\w$/.test(t) ? '\\b' : ''];
const sorted = (terms: string[]): string[] => [...terms].sort((a, b) => b.length - a.length);
const flat = (terms: string[]): RegExp => new RegExp(`\\b(?:${sorted(terms).map((t) => units(t).join('')).join('|')})`, 'gi');
const trie = (terms: string[]): RegExp => new RegExp(`\\b${termTrie(sorted(terms).map(units), GAP)}`, 'gi');
const all = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('termTrie', () => {
  const terms = [
    'neer', "neer's", "neer's test", 'spurling', "spurling's test", 'SLR', 'straight leg raise', 'straight leg',
    'cross-body adduction', 'cross body adduction test', 'cross-body abduction test', 'crossed SLR', 'ER', 'ext',
  ];
  const texts = [
    "Neer's test positive, Neer's sign negative; neer negative",
    "Spurling's test and Spurlings negative. straight-leg raise 40, straight leg 30; crossed slr neg",
    'cross-body adduction test painful; cross body adduction test; cross - body adduction test; ER 40, ext 20',
  ];

  it('matches as the longest-first list does', () => {
    for (const text of texts) expect(all(trie(terms), text)).toEqual(all(flat(terms), text));
  });

  it('shares prefixes, and keeps the list where a space and a hyphen part two terms', () => {
    const source = termTrie(sorted(terms).map(units), GAP);
    expect(source).toContain("neer(?:'s(?:[\\s-]+test\\b|\\b)|\\b)");
    expect(source).toContain('cross(?:');
    expect(source).toContain('cross(?:[\\s-]+body[\\s-]+adduction[\\s-]+test\\b|-body[\\s-]+abduction[\\s-]+test\\b|-body[\\s-]+adduction\\b|ed');
  });
});
