/**
 * Compact binary form of tagger weights, shipped as base64 inside a TS module
 * so that any bundler inlines it and no file is read at run time.
 *
 * Layout: "NER1", u8 bucketBits, u8 nTags, f32 scale, f32 transition[(nTags+1)*nTags],
 * u32 entries, then per non-zero bucket: varint delta of the bucket index,
 * u8 mask of the non-zero tags, one i8 per set bit.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { N_TAGS, type TaggerWeights } from "./tagger";

const MAGIC = [0x4e, 0x45, 0x52, 0x31];

export function encodeWeights(w: TaggerWeights): Uint8Array {
  const buckets = 1 << w.bucketBits;
  const bytes: number[] = [...MAGIC, w.bucketBits, N_TAGS];
  const f32 = new DataView(new ArrayBuffer(4));
  const pushF32 = (x: number) => {
    f32.setFloat32(0, x, true);
    for (let i = 0; i < 4; i++) bytes.push(f32.getUint8(i));
  };
  pushF32(w.scale);
  for (let i = 0; i < (N_TAGS + 1) * N_TAGS; i++) pushF32(w.transition[i]);
  const countAt = bytes.length;
  bytes.push(0, 0, 0, 0);
  let count = 0;
  let prev = 0;
  for (let b = 0; b < buckets; b++) {
    let mask = 0;
    for (let t = 0; t < N_TAGS; t++) if (w.emission[b * N_TAGS + t] !== 0) mask |= 1 << t;
    if (!mask) continue;
    let delta = b - prev;
    prev = b;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
    bytes.push(mask);
    for (let t = 0; t < N_TAGS; t++) if (mask & (1 << t)) bytes.push(w.emission[b * N_TAGS + t] & 0xff);
    count++;
  }
  bytes[countAt] = count & 0xff;
  bytes[countAt + 1] = (count >>> 8) & 0xff;
  bytes[countAt + 2] = (count >>> 16) & 0xff;
  bytes[countAt + 3] = (count >>> 24) & 0xff;
  return Uint8Array.from(bytes);
}

export function decodeWeights(bytes: Uint8Array): TaggerWeights {
  for (let i = 0; i < 4; i++) if (bytes[i] !== MAGIC[i]) throw new Error("not an NER1 model");
  const bucketBits = bytes[4];
  if (bytes[5] !== N_TAGS) throw new Error(`model has ${bytes[5]} tags, code has ${N_TAGS}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 6;
  const scale = view.getFloat32(p, true);
  p += 4;
  const transition = new Float64Array((N_TAGS + 1) * N_TAGS);
  for (let i = 0; i < transition.length; i++, p += 4) transition[i] = view.getFloat32(p, true);
  const count = view.getUint32(p, true);
  p += 4;
  const emission = new Int8Array((1 << bucketBits) * N_TAGS);
  let b = 0;
  for (let e = 0; e < count; e++) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[p++];
      delta |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    b += delta;
    const mask = bytes[p++];
    for (let t = 0; t < N_TAGS; t++) if (mask & (1 << t)) emission[b * N_TAGS + t] = (bytes[p++] << 24) >> 24;
  }
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

export function unpackBytes(packed: string): Uint8Array {
  return inflateSync(fromBase64(packed));
}

export const packText = (text: string): string => packBytes(strToU8(text));
export const unpackText = (packed: string): string => strFromU8(unpackBytes(packed));
