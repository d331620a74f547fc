/** How much of a file is looked at to tell text from binary data. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which a file is binary: random bytes have about 11 %, text none. */
const MAX_CONTROL_SHARE = 0.02;
/** Fewer control bytes than this never make a file binary (a text with a few stray NULs is still text). */
const MIN_CONTROL_BYTES = 8;

export interface BinaryVerdict {
  binary: boolean;
  /** control bytes in the sample */
  controls: number;
  sample: number;
}

/**
 * Tells binary data from text in an unknown encoding by the share of C0 control bytes other than tab,
 * line feed, vertical tab, form feed, carriage return and escape (and DEL), in samples from the start,
 * the middle and the end. UTF-16 with a byte-order mark is text; so is text with a few NULs or with
 * invalid UTF-8 (legacy code pages put letters in 0x80–0xFF, never in the controls).
 */
export function looksBinary(bytes: Uint8Array): BinaryVerdict {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { binary: false, controls: 0, sample: 0 };
  const third = Math.floor(SAMPLE_BYTES / 3);
  const spans: Array<[number, number]> = bytes.length <= SAMPLE_BYTES
    ? [[0, bytes.length]]
    : [[0, third], [Math.floor(bytes.length / 2 - third / 2), Math.floor(bytes.length / 2 + third / 2)], [bytes.length - third, bytes.length]];
  let controls = 0;
  let sample = 0;
  for (const [from, to] of spans) {
    for (let i = from; i < to; i++) {
      const b = bytes[i];
      if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
    }
    sample += to - from;
  }
  return { binary: controls >= MIN_CONTROL_BYTES && controls / Math.max(1, sample) > MAX_CONTROL_SHARE, controls, sample };
}
