import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measureFlateStreams } from '../../../src/stages/01-ingest/measure-flate-streams.js';
import { ascii85 } from '../../helpers/ascii85.js';

const LIMITS = { perStreamBytes: 1024 * 1024, totalBytes: 3 * 1024 * 1024 };

function pdfWithStreams(streams: ReadonlyArray<readonly [string, Buffer]>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  streams.forEach(([filter, data], i) => {
    parts.push(Buffer.from(`${i + 1} 0 obj\n<< ${filter} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream\nendobj\n'));
  });
  return Buffer.concat(parts);
}

const spaces = (n: number): Buffer => Buffer.alloc(n, 0x20);

/** 9-bit LZW codes packed most significant bit first, as PDF's LZWDecode reads them. */
function packCodes(codes: readonly number[]): Buffer {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of codes) {
    acc = (acc << 9) | c;
    bits += 9;
    while (bits >= 8) {
      bits -= 8;
      out.push((acc >>> bits) & 0xff);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out.push((acc << (8 - bits)) & 0xff);
  return Buffer.from(out);
}

/** "A" repeated 1 + 2 + ... + m times: each code after the first names the entry being defined. */
function lzwRunOfA(m: number): Buffer {
  return packCodes([256, 65, ...Array.from({ length: m - 1 }, (_, i) => 258 + i), 257]);
}

describe('measureFlateStreams', () => {
  it('counts what ordinary deflated streams inflate to', async () => {
    const file = pdfWithStreams([['/Filter /FlateDecode', deflateSync(spaces(1000))], ['', Buffer.from('BT ET')]]);
    expect(await measureFlateStreams(file, LIMITS)).toEqual({ inflatedBytes: 1000, overLimit: false });
  });

  it('flags one stream over the per-stream limit, and a twice-deflated bomb', async () => {
    expect((await measureFlateStreams(pdfWithStreams([['/Filter /FlateDecode', deflateSync(spaces(2 * 1024 * 1024))]]), LIMITS)).overLimit).toBe(true);
    const twice = deflateSync(deflateSync(spaces(8 * 1024 * 1024)));
    expect(twice.length).toBeLessThan(2000);
    expect((await measureFlateStreams(pdfWithStreams([['/Filter [/FlateDecode /FlateDecode]', twice]]), LIMITS)).overLimit).toBe(true);
  });

  it('flags many streams each under the limit but over the total', async () => {
    const one = deflateSync(spaces(900 * 1024));
    const file = pdfWithStreams(Array.from({ length: 4 }, () => ['/Filter /FlateDecode', one] as const));
    expect((await measureFlateStreams(file, LIMITS)).overLimit).toBe(true);
    expect((await measureFlateStreams(pdfWithStreams([['/Filter /FlateDecode', one]]), LIMITS)).overLimit).toBe(false);
  });

  it('counts LZW and run-length output without decoding it, alone or after Flate', async () => {
    const lzw = lzwRunOfA(250); // 31,375 bytes from 283
    expect(await measureFlateStreams(pdfWithStreams([['/Filter /LZWDecode', lzw]]), LIMITS)).toEqual({ inflatedBytes: 31_375, overLimit: false });
    expect((await measureFlateStreams(pdfWithStreams([['/Filter /LZWDecode', lzw]]), { perStreamBytes: 30_000, totalBytes: 1e9 })).overLimit).toBe(true);
    const runs = Buffer.concat(Array.from({ length: 10_000 }, () => Buffer.from([129, 0x20]))); // 1.28 MB from 20 KB
    expect((await measureFlateStreams(pdfWithStreams([['/Filter /RunLengthDecode', runs]]), LIMITS)).overLimit).toBe(true);
    expect((await measureFlateStreams(pdfWithStreams([['/Filter [/FlateDecode /RunLengthDecode]', deflateSync(runs)]]), LIMITS)).overLimit).toBe(true);
    expect(await measureFlateStreams(pdfWithStreams([['/Filter /RunLengthDecode', runs.subarray(0, 2000)]]), LIMITS)).toEqual({ inflatedBytes: 128_000, overLimit: false });
  });

  it('counts big output as it streams instead of keeping it', async () => {
    const big = { perStreamBytes: 16 * 1024 * 1024, totalBytes: 64 * 1024 * 1024 };
    const twelve = deflateSync(deflateSync(spaces(12 * 1024 * 1024)));
    expect(await measureFlateStreams(pdfWithStreams([['/Filter [/FlateDecode /FlateDecode]', twelve]]), big)).toEqual({ inflatedBytes: 12 * 1024 * 1024, overLimit: false });
    const twenty = deflateSync(deflateSync(spaces(20 * 1024 * 1024)));
    expect((await measureFlateStreams(pdfWithStreams([['/Filter [/FlateDecode /FlateDecode]', twenty]]), big)).overLimit).toBe(true);
  });

  it('sees through ASCIIHex and ASCII85 wrapping to the Flate bomb inside', async () => {
    const bomb = deflateSync(deflateSync(spaces(8 * 1024 * 1024)));
    const hex = Buffer.from(`${bomb.toString('hex')}>`);
    expect((await measureFlateStreams(pdfWithStreams([['/Filter [/AHx /FlateDecode /FlateDecode]', hex]]), LIMITS)).overLimit).toBe(true);
    const a85 = Buffer.from(`${ascii85(bomb)}~>`);
    expect((await measureFlateStreams(pdfWithStreams([['/Filter [/ASCII85Decode /FlateDecode /FlateDecode]', a85]]), LIMITS)).overLimit).toBe(true);
    const small = deflateSync(spaces(1000));
    expect(await measureFlateStreams(pdfWithStreams([['/Filter [/A85 /Fl]', Buffer.from(`${ascii85(small)}~>`)]]), LIMITS)).toEqual({ inflatedBytes: 1000, overLimit: false });
  });

  it('leaves damaged deflate data to the parser rather than failing on it', async () => {
    expect(await measureFlateStreams(pdfWithStreams([['/Filter /FlateDecode', Buffer.from('not deflate at all')]]), LIMITS)).toEqual({ inflatedBytes: 0, overLimit: false });
  });
});
