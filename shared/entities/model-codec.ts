/**
 * Compact binary form of tagger weights, shipped deflated as base64 inside a TS
 * module so that any bundler inlines it and no file is read at run time.
 *
 * Layout: "NER2", u8 bucketBits, u8 nTags, f32 scale, f32 transition[(nTags+1)*nTags],
 * then the dense int8 emission table (bucket * nTags + tag). Dense rather than sparse:
 * deflate packs its zeros as well as a sparse encoding would (235 KB against 248 KB
 * for the English model), and decoding is a view on the inflated bytes, not a loop
 * over every weight (which cost 15 ms of a cold start).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { N_TAGS, type TaggerWeights } from "./tagger";

const MAGIC = [0x4e, 0x45, 0x52, 0x32];
const HEADER = 4 + 2 + 4 + (N_TAGS + 1) * N_TAGS * 4;

export function encodeWeights(w: TaggerWeights): Uint8Array {
  const size = (1 << w.bucketBits) * N_TAGS;
  const out = new Uint8Array(HEADER + size);
  const view = new DataView(out.buffer);
  out.set(MAGIC);
  out[4] = w.bucketBits;
  out[5] = N_TAGS;
  view.setFloat32(6, w.scale, true);
  for (let i = 0; i < (N_TAGS + 1) * N_TAGS; i++) view.setFloat32(10 + 4 * i, w.transition[i], true);
  for (let i = 0; i < size; i++) out[HEADER + i] = w.emission[i] & 0xff;
  return out;
}

export function decodeWeights(bytes: Uint8Array): TaggerWeights {
  for (let i = 0; i < 4; i++) if (bytes[i] !== MAGIC[i]) throw new Error("not an NER2 model");
  const bucketBits = bytes[4];
  if (bytes[5] !== N_TAGS) throw new Error(`model has ${bytes[5]} tags, code has ${N_TAGS}`);
  const size = (1 << bucketBits) * N_TAGS;
  if (bytes.length !== HEADER + size) throw new Error(`model of ${bytes.length} bytes, expected ${HEADER + size}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const scale = view.getFloat32(6, true);
  const transition = new Float64Array((N_TAGS + 1) * N_TAGS);
  for (let i = 0; i < transition.length; i++) transition[i] = view.getFloat32(10 + 4 * i, true);
  const emission = new Int8Array(bytes.buffer, bytes.byteOffset + HEADER, size);
  return { bucketBits, emission, scale, transition };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    out += B64[a >> 2] + B64[((a & 3) << 4) | (b >> 4)];
    out += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)] : "=";
    out += i + 2 < bytes.length ? B64[c & 63] : "=";
  }
  return out;
}

/** Pure base64 decoder: the extraction library must not depend on Node's Buffer. */
export function fromBase64(s: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  let len = (s.length / 4) * 3;
  if (s.endsWith("==")) len -= 2;
  else if (s.endsWith("=")) len -= 1;
  const out = new Uint8Array(len);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const a = lookup[s.charCodeAt(i)];
    const b = lookup[s.charCodeAt(i + 1)];
    const c = lookup[s.charCodeAt(i + 2)];
    const d = lookup[s.charCodeAt(i + 3)];
    out[o++] = (a << 2) | (b >> 4);
    if (o < len) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (o < len) out[o++] = ((c & 3) << 6) | d;
  }
  return out;
}

/**
 * Shipped data (weights, gazetteer) is deflated before base64: the Lambda
 * bundle budget counts minified bytes, and deflate takes about a third off.
 */
export function packBytes(bytes: Uint8Array): string {
  return toBase64(deflateSync(bytes, { level: 9 }));
}

/** What this file uses of Node's zlib and Buffer (raw deflate, as fflate writes it). */
interface NodeNative {
  zlib: { inflateRawSync(data: Uint8Array): Uint8Array & { toString(encoding: "utf8"): string } };
  Buffer: { from(s: string, encoding: "base64"): Uint8Array };
}

/**
 * Node's native zlib and base64, when this runs in Node (20.16 or later): on a cold start
 * they inflate the models in a few milliseconds where the not yet optimised JavaScript
 * decoders take tens. Browsers (the viewer) get fflate and fromBase64 below.
 */
function nodeNative(): NodeNative | undefined {
  const g = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown }; Buffer?: NodeNative["Buffer"] };
  const zlib = g.process?.getBuiltinModule?.("node:zlib") as NodeNative["zlib"] | undefined;
  return zlib && g.Buffer ? { zlib, Buffer: g.Buffer } : undefined;
}

export function unpackBytes(packed: string): Uint8Array {
  const native = nodeNative();
  if (native) return native.zlib.inflateRawSync(native.Buffer.from(packed, "base64"));
  return unpackBytesPortable(packed);
}

/** What unpackBytes does outside Node. */
export function unpackBytesPortable(packed: string): Uint8Array {
  return inflateSync(fromBase64(packed));
}

export function unpackText(packed: string): string {
  const native = nodeNative();
  if (native) return native.zlib.inflateRawSync(native.Buffer.from(packed, "base64")).toString("utf8");
  return strFromU8(inflateSync(fromBase64(packed)));
}

export const packText = (text: string): string => packBytes(strToU8(text));
