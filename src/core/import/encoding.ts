/**
 * The text encoding of a CSV file, told from its bytes: a byte-order mark (UTF-8, UTF-16 LE/BE), else the
 * pattern of NUL bytes that UTF-16 without a mark leaves in Latin text, else UTF-8 when the bytes are valid
 * UTF-8, else GB18030 (the superset of GBK and GB2312 that Chinese Excel and CRM exports use). The names are
 * WHATWG encoding labels, so `new TextDecoder(encoding)` decodes the file in a browser or in Node.
 */

/** The encodings a CSV export is read in. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** Every encoding, in the order the task pane offers them. */
export const CSV_ENCODINGS: readonly CsvEncoding[] = Object.freeze([
  "utf-8",
  "gb18030",
  "utf-16le",
  "utf-16be",
]);

/** An encoding as detected: which, and whether the file starts with its byte-order mark. */
export interface DetectedEncoding {
  readonly encoding: CsvEncoding;
  readonly bom: boolean;
}

/** The bytes looked at: enough for any export's first rows, cheap on a 100 MB file. */
const SAMPLE_BYTES = 64 * 1024;

/** The share of byte pairs with a NUL in one place that makes a text UTF-16 (Latin text has one in each). */
const NUL_SHARE = 0.3;

/** The length of a UTF-8 sequence its lead byte starts, or 0 for a byte that cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF). A sequence
 * cut by the end of the bytes counts as well-formed when `truncated` is true: the bytes are a sample of a file.
 * @example isUtf8([0x41, 0xe4, 0xb8, 0xad]) // true (A and 中 in UTF-8)
 * @example isUtf8([0xd6, 0xd0]) // false (中 in GBK)
 * @example isUtf8([0xe4, 0xb8], true) // true (cut by the end of the sample)
 */
export function isUtf8(bytes: ArrayLike<number>, truncated = false): boolean {
  return wellFormedUtf8(bytes, bytes.length, truncated);
}

/** Whether the first `end` bytes are well-formed UTF-8 (see {@link isUtf8}). */
function wellFormedUtf8(bytes: ArrayLike<number>, end: number, truncated: boolean): boolean {
  for (let i = 0; i < end;) {
    const lead = bytes[i];
    const length = sequenceLength(lead);
    if (length === 0) return false;
    if (i + length > end) return truncated && tailIsContinuation(bytes, i + 1, end);
    if (length > 1) {
      const second = bytes[i + 1];
      const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
      const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) return false;
      for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    }
    i += length;
  }
  return true;
}

function tailIsContinuation(bytes: ArrayLike<number>, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if ((bytes[k] & 0xc0) !== 0x80) return false;
  return true;
}

/** UTF-16 without a byte-order mark: which byte of the pairs is NUL in a good share of them, if one is. */
function utf16ByNuls(bytes: ArrayLike<number>, length: number): CsvEncoding | undefined {
  const pairs = Math.floor(length / 2);
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < length; i += 2) {
    if (bytes[i] === 0) evenNuls += 1;
    if (bytes[i + 1] === 0) oddNuls += 1;
  }
  if (oddNuls >= pairs * NUL_SHARE && evenNuls < oddNuls / 4) return "utf-16le";
  if (evenNuls >= pairs * NUL_SHARE && oddNuls < evenNuls / 4) return "utf-16be";
  return undefined;
}

/**
 * The encoding of a file from its first bytes (see the module's note for the order of the tests). Plain ASCII
 * is UTF-8.
 * @example detectEncoding([0xef, 0xbb, 0xbf, 0x41]) // { encoding: "utf-8", bom: true }
 * @example detectEncoding([0xff, 0xfe, 0x41, 0x00]) // { encoding: "utf-16le", bom: true }
 * @example detectEncoding([0x41, 0x00, 0x2c, 0x00, 0x42, 0x00]) // { encoding: "utf-16le", bom: false }
 * @example detectEncoding([0xd6, 0xd0, 0xce, 0xc4]) // { encoding: "gb18030", bom: false }
 * @example detectEncoding([0x41, 0x2c, 0x42]) // { encoding: "utf-8", bom: false }
 */
export function detectEncoding(bytes: ArrayLike<number>): DetectedEncoding {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "utf-8", bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "utf-16le", bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "utf-16be", bom: true };
  const length = Math.min(bytes.length, SAMPLE_BYTES);
  const utf16 = utf16ByNuls(bytes, length);
  if (utf16 !== undefined) return { encoding: utf16, bom: false };
  const utf8 = wellFormedUtf8(bytes, length, length < bytes.length);
  return { encoding: utf8 ? "utf-8" : "gb18030", bom: false };
}
