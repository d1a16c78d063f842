/**
 * Generates the hostile-input corpus into a directory at test time: nothing binary is committed
 * or downloaded. Every PDF is written by hand as bytes (offsets computed) so each defect is
 * exactly the one named; encryption is the standard security handler, revision 2 (RC4, 40-bit),
 * computed here from the PDF specification's algorithms.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDeflate, deflateSync } from 'node:zlib';
import { ascii85 } from '../../helpers/ascii85.js';

/** One hostile input and what the pipeline must answer. */
export interface HostileInput {
  readonly name: string;
  /** File name used on disk and in the upload (the CLI sees it, the API stores it). */
  readonly fileName: string;
  readonly path: string;
  /** Error code expected, or `ok` for a document that must be processed. */
  readonly expected: string;
  /** Warning codes a processed document must carry. */
  readonly warnings?: readonly string[];
  /** What the input is, for the report. */
  readonly note: string;
}

const LINES = [
  'The injured worker is a 35 year old female with neck and low back pain.',
  'Examination shows restricted lumbar range of motion with flexion to 70 degrees.',
  'Request: physical therapy 2 times a week for 6 weeks for the lumbar spine.',
];

function escapePdfString(s: string): string {
  return s.replace(/[()\\]/g, (c) => `\\${c}`);
}

function contentOf(lines: readonly string[]): string {
  return lines.map((l, i) => `BT /F1 11 Tf 72 ${720 - i * 14} Td (${escapePdfString(l)}) Tj ET`).join('\n');
}

/** An object body: a dictionary, or a dictionary plus stream bytes (Length is filled in). */
type PdfObject = string | { readonly dict: string; readonly data: Buffer };

interface BuildOptions {
  /** Extra trailer entries (e.g. /Encrypt, /ID). */
  readonly trailer?: string;
  /** Shifts every xref offset so the table points at the wrong bytes. */
  readonly xrefSkew?: number;
}

/** Serializes objects 1..n with a correct (or deliberately skewed) cross-reference table. */
function buildPdf(objects: readonly PdfObject[], options: BuildOptions = {}): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (b: Buffer): void => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    if (typeof body === 'string') {
      push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
    } else {
      const dict = body.dict.replace(/>>\s*$/, ` /Length ${body.data.length} >>`);
      push(Buffer.from(`${i + 1} 0 obj\n${dict}\nstream\n`, 'latin1'));
      push(body.data);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xref = length;
  let table = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) table += `${String(o + (options.xrefSkew ?? 0)).padStart(10, '0')} 00000 n \n`;
  table += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${options.trailer ?? ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  push(Buffer.from(table, 'latin1'));
  return Buffer.concat(parts, length);
}

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** Catalog, page tree, one text page: objects 1-5. */
function textPageObjects(catalogExtra = '', pageExtra = ''): PdfObject[] {
  return [
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${pageExtra} >>`,
    { dict: '<< >>', data: Buffer.from(contentOf(LINES), 'latin1') },
    HELVETICA,
  ];
}

export function goodPdf(): Buffer {
  return buildPdf(textPageObjects());
}

// --- RC4 / standard security handler, revision 2 -------------------------------------------

const PASSWORD_PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padPassword = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, 'latin1'), PASSWORD_PAD]).subarray(0, 32);

/**
 * A one-page text PDF encrypted with RC4-40. With an empty user password any reader opens it
 * (only the owner password, i.e. the permissions, is protected); otherwise it needs the password.
 */
function encryptedPdf(userPassword: string, ownerPassword: string): Buffer {
  const id = createHash('md5').update(`chartfacts-hostile-${userPassword}-${ownerPassword}`).digest();
  const permissions = -44; // printing and copying refused: what "owner password only" files set
  const ownerKey = md5(padPassword(ownerPassword || userPassword)).subarray(0, 5);
  const o = rc4(ownerKey, padPassword(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const fileKey = md5(padPassword(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(fileKey, PASSWORD_PAD);
  const objectKey = (num: number): Buffer => md5(fileKey, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), Buffer.from(contentOf(LINES), 'latin1'));
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      { dict: '<< >>', data: content },
      HELVETICA,
      `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${permissions} >>`,
    ],
    { trailer: `/Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]` },
  );
}

// --- other formats named .pdf ----------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid 16×16 white grayscale PNG. */
function png(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(16, 0);
  ihdr.writeUInt32BE(16, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  const rows = Buffer.concat(Array.from({ length: 16 }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(16, 0xff)])));
  return Buffer.concat([Buffer.from('89504E470D0A1A0A', 'hex'), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A JFIF header and a few segments: enough for every sniffer to call it JPEG. */
function jpeg(): Buffer {
  const app0 = Buffer.from('FFE000104A46494600010100000100010000', 'hex');
  const comment = Buffer.concat([Buffer.from('FFFE0012', 'hex'), Buffer.from('chartfacts test\0', 'latin1')]);
  return Buffer.concat([Buffer.from('FFD8', 'hex'), app0, comment, Buffer.alloc(64, 0x80), Buffer.from('FFD9', 'hex')]);
}

/** A ZIP with stored (uncompressed) entries. */
function zip(entries: ReadonlyArray<readonly [string, string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

function docx(): Buffer {
  return zip([
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${LINES[0]}</w:t></w:r></w:p></w:body></w:document>`],
  ]);
}

// --- structural attacks ----------------------------------------------------------------------

function activeContentPdf(): Buffer {
  return buildPdf([
    ...textPageObjects('/OpenAction 6 0 R /Names << /JavaScript << /Names [(a) 6 0 R] >> >>', '/Annots [7 0 R]'),
    '<< /S /JavaScript /JS (app.launchURL\\("http://example.invalid/"\\); this.exportDataObject\\({cName: "x", nLaunch: 2}\\);) >>',
    '<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /A << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >> >>',
  ]);
}

/** `pages` pages sharing one content stream; the page tree is one flat Kids array. */
function manyPagesPdf(pages: number): Buffer {
  const first = 4; // objects 1-3: catalog, pages, content; 4: font; pages from 5
  const kids = Array.from({ length: pages }, (_, i) => `${first + 1 + i} 0 R`).join(' ');
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    { dict: '<< >>', data: Buffer.from(contentOf(LINES), 'latin1') },
    HELVETICA,
  ];
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>');
  return buildPdf(objects);
}

/**
 * Page 1 is text; page 2 has no text layer and shows one 20,000 × 20,000 one-bit image (400
 * megapixels: 1.6 GB once expanded to RGBA for drawing), so OCR has to render it.
 */
function hugeImagePdf(): Buffer {
  const side = 20_000;
  const raw = Buffer.alloc((side / 8) * side, 0xff);
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    { dict: '<< >>', data: Buffer.from(contentOf(LINES), 'latin1') },
    HELVETICA,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R /Resources << /XObject << /Im1 8 0 R >> >> >>',
    { dict: '<< >>', data: Buffer.from('q 612 0 0 792 0 0 cm /Im1 Do Q', 'latin1') },
    { dict: `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode >>`, data: deflateSync(raw, { level: 9 }) },
  ]);
}

/**
 * A content stream deflated twice: a few hundred KB on disk that inflate to `decodedMb` MB of
 * spaces (deflate alone tops out near 1,000:1; twice it compounds).
 */
async function bombPdf(decodedMb: number, wrapInAscii85 = false): Promise<Buffer> {
  // Deflated in a stream so making the bomb does not itself hold gigabytes.
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < decodedMb; i++) if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  const twice = deflateSync(Buffer.concat(out), { level: 9 });
  return buildPdf([
    ...textPageObjects().slice(0, 3),
    wrapInAscii85
      ? { dict: '<< /Filter [/ASCII85Decode /FlateDecode /FlateDecode] >>', data: Buffer.from(`${ascii85(twice)}~>`, 'latin1') }
      : { dict: '<< /Filter [/FlateDecode /FlateDecode] >>', data: twice },
    HELVETICA,
  ]);
}

/**
 * An LZW content stream of spaces: codes that each name the entry being defined (K w K w K), so
 * entry n holds n+1... spaces, then the longest entry repeated. 12-bit codes of ~3,800 bytes each
 * expand about 2,500 times: `decodedMb` MB from a few hundred KB. Codes are packed at the widths
 * a PDF reader expects (EarlyChange 1: 9 bits, 10 from code 511, 11 from 1023, 12 from 2047).
 */
function lzwBombPdf(decodedMb: number): Buffer {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  let width = 9;
  let next = 258;
  const emit = (code: number, adds: boolean): void => {
    acc = acc * 2 ** width + code;
    bits += width;
    while (bits >= 8) {
      bits -= 8;
      bytes.push(Math.floor(acc / 2 ** bits) & 0xff);
    }
    acc %= 2 ** bits;
    if (adds && next < 4096) next++;
    if (next + 1 >= 2 ** width && width < 12) width++;
  };
  emit(256, false);
  emit(0x20, false);
  let produced = 1;
  let longest = 0x20;
  let longestLength = 1;
  while (next < 4096) {
    const code = next;
    longestLength += 1;
    produced += longestLength;
    longest = code;
    emit(code, true);
  }
  while (produced < decodedMb * 1024 * 1024) {
    emit(longest, false);
    produced += longestLength;
  }
  emit(257, false);
  if (bits > 0) bytes.push((acc * 2 ** (8 - bits)) & 0xff);
  return buildPdf([...textPageObjects().slice(0, 3), { dict: '<< /Filter /LZWDecode >>', data: Buffer.from(bytes) }, HELVETICA]);
}

/** A page dictionary holding an array nested `depth` deep (a recursive parser overflows its stack). */
function nestedPdf(depth: number): Buffer {
  return buildPdf(textPageObjects('', `/Nest ${'['.repeat(depth)}${']'.repeat(depth)} /Deep ${'<< /A '.repeat(depth / 10)}1${' >>'.repeat(depth / 10)}`));
}

/** Writes a PDF header, `mb` MB of comment padding and a small valid document after it. */
function writeLargeFile(path: string, mb: number): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, Buffer.from('%PDF-1.7\n', 'latin1'));
    const line = Buffer.from(`%${'x'.repeat(1022)}\n`, 'latin1');
    const block = Buffer.concat(Array.from({ length: 1024 }, () => line));
    for (let i = 0; i < mb; i++) writeSync(fd, block);
    writeSync(fd, goodPdf().subarray(9));
  } finally {
    closeSync(fd);
  }
}

/** Upload/CLI names that try to escape the data directory or smuggle control characters. */
export const HOSTILE_NAMES: readonly string[] = [
  '../../../../../../tmp/chartfacts-escape.pdf',
  '..\\..\\..\\windows\\escape.pdf',
  '/etc/passwd',
  'name\u0000with-nul.pdf',
  'line\nbreak\r\u001b[31mred\u0007.pdf',
  `${'a'.repeat(600)}.pdf`,
  '.',
  '..',
];

/**
 * Writes the corpus to `dir` and returns the inputs with their expected answers.
 * @param dir - an empty temporary directory.
 */
export async function makeHostileCorpus(dir: string): Promise<HostileInput[]> {
  await mkdir(dir, { recursive: true });
  const inputs: HostileInput[] = [];
  const add = async (name: string, fileName: string, bytes: Buffer | null, expected: string, note: string, warnings?: string[]): Promise<void> => {
    const path = join(dir, fileName);
    if (bytes) await writeFile(path, bytes);
    inputs.push({ name, fileName, path, expected, note, ...(warnings ? { warnings } : {}) });
  };
  const good = goodPdf();
  await add('zero-bytes', 'zero-bytes.pdf', Buffer.alloc(0), 'empty_document', '0 bytes');
  await add('truncated', 'truncated.pdf', good.subarray(0, Math.floor(good.length * 0.35)), 'corrupt_pdf', 'cut inside the content stream; no xref, no trailer');
  await add('header-over-garbage', 'header-garbage.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 251))]), 'corrupt_pdf', '%PDF-1.7 then 8 KB of pseudo-random bytes');
  await add('encrypted-user-password', 'encrypted-user.pdf', encryptedPdf('secret', 'owner'), 'encrypted_pdf', 'RC4-40, user password "secret"');
  await add('owner-password-only', 'encrypted-owner.pdf', encryptedPdf('', 'owner'), 'ok', 'RC4-40, empty user password: readable, permissions restricted');
  await add('png-named-pdf', 'image.pdf', png(), 'not_pdf', 'a valid PNG');
  await add('jpeg-named-pdf', 'photo.pdf', jpeg(), 'not_pdf', 'JFIF header');
  await add('docx-named-pdf', 'letter.pdf', docx(), 'not_pdf', 'a DOCX (ZIP of XML) with a text paragraph');
  await add('zip-named-pdf', 'archive.pdf', zip([['record.txt', LINES.join('\n')]]), 'not_pdf', 'a ZIP holding a text file');
  await add('javascript-and-launch', 'active.pdf', activeContentPdf(), 'ok', 'OpenAction JavaScript + Launch link', ['embedded_javascript', 'launch_action']);
  await add('2000-pages', 'pages-2000.pdf', manyPagesPdf(2000), 'too_many_pages', '2,000 pages, limit 500');
  await add('huge-image', 'huge-image.pdf', hugeImagePdf(), 'ok', 'page 2: one 20,000 × 20,000 image, no text layer', ['incomplete_page']);
  await add('decompression-bomb', 'bomb.pdf', await bombPdf(2048), 'pdf_too_complex', 'content stream deflated twice: ~2 GB of spaces');
  await add('ascii85-wrapped-bomb', 'a85-bomb.pdf', await bombPdf(1024, true), 'pdf_too_complex', 'the Flate bomb (~1 GB) under an ASCII85 layer');
  await add('lzw-bomb', 'lzw-bomb.pdf', lzwBombPdf(600), 'pdf_too_complex', 'LZW content stream of ~600 MB of spaces');
  await add('deeply-nested', 'nested.pdf', nestedPdf(100_000), 'corrupt_pdf', 'page dictionary with arrays nested 100,000 deep (the parser overflows its stack)');
  await add('broken-xref', 'broken-xref.pdf', buildPdf(textPageObjects(), { xrefSkew: 37 }), 'ok', 'every xref offset off by 37 bytes (reader rebuilds it)');
  await add('60-mb', 'large-60mb.pdf', null, 'file_too_large', '60 MB (limit 50 MB)');
  writeLargeFile(join(dir, 'large-60mb.pdf'), 60);
  const text = `${LINES.join('\n')}\nThe patient reports café-au-lait spots and naïve résumé of prior care.\n`;
  await add('utf16le-bom', 'utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'ok', 'UTF-16LE with byte-order mark');
  const be = Buffer.from(text, 'utf16le').swap16();
  await add('utf16be-no-bom', 'utf16be.txt', be, 'ok', 'UTF-16BE without byte-order mark');
  await add('latin1', 'latin1.txt', Buffer.from(text, 'latin1'), 'ok', 'ISO-8859-1 (é = 0xE9): not valid UTF-8');
  return inputs;
}
