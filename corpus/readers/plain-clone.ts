/**
 * A deep copy of plain data — objects of Object.prototype or null prototype, arrays, strings, numbers,
 * booleans, null, undefined, bigints — as `structuredClone` makes it (plain objects come back with
 * Object.prototype), without its serialise-then-deserialise round trip; anything else (typed arrays, Maps,
 * class instances, sparse arrays, cycles) goes to the native `structuredClone`. pdf.js copies every message
 * between its two halves with `structuredClone` when they run in one thread, as in a Node worker: text content
 * is thousands of small items, and copying them so takes about a tenth of the time pdf.js spends on a page.
 */
const native = globalThis.structuredClone;
const UNSUPPORTED = Symbol('unsupported');
/** deeper than this is no message of pdf.js: a cycle, handed to the native clone */
const MAX_DEPTH = 64;

export function plainClone<T>(value: T): T {
  try {
    return copy(value, 0) as T;
  } catch (err) {
    if (err === UNSUPPORTED) return native(value);
    throw err;
  }
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'symbol') throw UNSUPPORTED;
    return value;
  }
  if (depth > MAX_DEPTH) throw UNSUPPORTED;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) throw UNSUPPORTED;
    const n = value.length;
    // a hole or a property besides the indexes, which structuredClone keeps
    if (Object.keys(value).length !== n) throw UNSUPPORTED;
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      if (!(i in value)) throw UNSUPPORTED;
      out[i] = copy(value[i], depth + 1);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw UNSUPPORTED;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], depth + 1);
  return out;
}

const FAST = Symbol.for('spisovna.fastLoopbackClone');

/**
 * Has pdf.js's in-thread message port (its LoopbackPort, reached through a PDFWorker's `port`) copy messages
 * with plainClone: the port calls the global `structuredClone`, which stands for plainClone while the port
 * posts, and is the native one again right after. Messages that transfer buffers keep the native path.
 */
export function useFastLoopbackClone(port: object): void {
  const proto = Object.getPrototypeOf(port) as { postMessage(obj: unknown, transfer?: unknown[]): void; [FAST]?: true };
  if (proto[FAST]) return;
  const post = proto.postMessage;
  proto.postMessage = function (this: unknown, obj: unknown, transfer?: unknown[]) {
    if (transfer?.length) return post.call(this, obj, transfer);
    globalThis.structuredClone = plainClone;
    try {
      return post.call(this, obj, transfer);
    } finally {
      globalThis.structuredClone = native;
    }
  };
  proto[FAST] = true;
}
