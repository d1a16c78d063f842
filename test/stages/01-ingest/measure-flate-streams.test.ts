import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measureFlateStreams } from '../../../src/stages/01-ingest/measure-flate-streams.js';

const LIMITS = { perStreamBytes: 1024 * 1024, totalBytes: 3 * 1024 * 1024 };

function pdfWithStreams(streams: ReadonlyArray<readonly [string, Buffer]>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  streams.forEach(([filter, data], i) => {
    parts.push(Buffer.from(`${i + 1} 0 obj\n<< ${filter} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream\nendobj\n'));
  });
  return Buffer.concat(parts);
}

const spaces = (n: number): Buffer => Buffer.alloc(n, 0x20);

describe('measureFlateStreams', () => {
  it('counts what ordinary deflated streams inflate to', () => {
    const file = pdfWithStreams([['/Filter /FlateDecode', deflateSync(spaces(1000))], ['', Buffer.from('BT ET')]]);
    expect(measureFlateStreams(file, LIMITS)).toEqual({ inflatedBytes: 1000, overLimit: false });
  });

  it('flags one stream over the per-stream limit, and a twice-deflated bomb', () => {
    expect(measureFlateStreams(pdfWithStreams([['/Filter /FlateDecode', deflateSync(spaces(2 * 1024 * 1024))]]), LIMITS).overLimit).toBe(true);
    const twice = deflateSync(deflateSync(spaces(8 * 1024 * 1024)));
    expect(twice.length).toBeLessThan(2000);
    expect(measureFlateStreams(pdfWithStreams([['/Filter [/FlateDecode /FlateDecode]', twice]]), LIMITS).overLimit).toBe(true);
  });

  it('flags many streams each under the limit but over the total', () => {
    const one = deflateSync(spaces(900 * 1024));
    const file = pdfWithStreams(Array.from({ length: 4 }, () => ['/Filter /FlateDecode', one] as const));
    expect(measureFlateStreams(file, LIMITS).overLimit).toBe(true);
    expect(measureFlateStreams(pdfWithStreams([['/Filter /FlateDecode', one]]), LIMITS).overLimit).toBe(false);
  });

  it('leaves damaged deflate data to the parser rather than failing on it', () => {
    expect(measureFlateStreams(pdfWithStreams([['/Filter /FlateDecode', Buffer.from('not deflate at all')]]), LIMITS)).toEqual({ inflatedBytes: 0, overLimit: false });
  });
});
