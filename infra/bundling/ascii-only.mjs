// Rewrites a bundle so that it is pure ASCII, adjusting its source map.
//
// esbuild escapes non-ASCII characters in strings and templates but leaves them in
// regular-expression literals (readability's, linkedom's and our own: « » – — …). One such
// character makes V8 hold the whole script source as a two-byte string: Node decodes the file
// through its slow UTF-8 path and the parser scans twice the bytes. For the ingest Lambda that is
// part of every cold start; for the CLI it doubles the source kept in the startup snapshot
// (3 MB of its 16.7 MB), which every `summarize` deserialises.
//
// Each non-ASCII UTF-16 unit becomes \uXXXX. That means the same character in a string, a
// template's cooked value, an identifier, and a regular expression with or without the u or v
// flag (in those modes an escaped surrogate pair reads as one code point). A backslash right
// before the character (an identity escape such as /\»/) is folded into the new escape.
// A comment only changes text. Raw template text does change (esbuild keeps String.raw`’`
// as it is): in these bundles every such template is a RegExp source, where \u2019 and ’ match
// alike; a raw template read as text would not be, which is why the CLI's sample summaries are
// compared byte for byte after a change here.
// Used by CDK's afterBundling hook (infra/constructs/node-function-defaults.ts), the bench's
// copy of those options (bench/bundles.ts) and scripts/build-cli.mjs. Plain .mjs for the last.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const NON_ASCII = /(\\*)([^\x00-\x7f])/g;

/**
 * The code with every non-ASCII unit escaped, and per line the column shifts made
 * (original column of the unit, characters added after it), for the source map.
 * @param {string} code
 * @returns {{ code: string, shifts: Map<number, { column: number, added: number }[]> }}
 */
export function escapeNonAscii(code) {
  const shifts = new Map();
  const lineStarts = [0];
  for (let i = code.indexOf("\n"); i !== -1; i = code.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  let line = 0;
  const out = code.replace(NON_ASCII, (match, slashes, ch, offset) => {
    const at = offset + slashes.length;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= at) line++;
    const identity = slashes.length % 2 === 1;
    const kept = identity ? slashes.slice(1) : slashes;
    const escape = `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
    const list = shifts.get(line) ?? [];
    // The replaced text starts at the kept backslashes' end; what follows moves by the difference.
    list.push({ column: at - lineStarts[line] + 1, added: escape.length - (identity ? 2 : 1) });
    shifts.set(line, list);
    return kept + escape;
  });
  return { code: out, shifts };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeVlq(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(values) {
  let text = "";
  for (const v of values) {
    let rest = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest > 0) digit |= 32;
      text += B64[digit];
    } while (rest > 0);
  }
  return text;
}

/**
 * Moves the generated columns of a source map's mappings by the shifts escapeNonAscii made.
 * @param {string} mappings
 * @param {Map<number, { column: number, added: number }[]>} shifts
 */
export function shiftMappings(mappings, shifts) {
  return mappings
    .split(";")
    .map((lineText, line) => {
      const list = shifts.get(line);
      if (!list || lineText === "") return lineText;
      let column = 0;
      let shifted = 0;
      return lineText
        .split(",")
        .map((segment) => {
          const fields = decodeVlq(segment);
          column += fields[0];
          let added = 0;
          for (const s of list) if (s.column <= column) added += s.added;
          fields[0] = column + added - shifted;
          shifted = column + added;
          return encodeVlq(fields);
        })
        .join(",");
    })
    .join(";");
}

/**
 * Mappings decoded to absolute positions: per generated line, [generated column, source,
 * original line, original column] for each segment that has a source.
 * @param {string} mappings
 * @returns {number[][][]}
 */
export function decodeMappings(mappings) {
  const state = [0, 0, 0, 0];
  return mappings.split(";").map((lineText) => {
    state[0] = 0;
    const out = [];
    for (const segment of lineText ? lineText.split(",") : []) {
      const fields = decodeVlq(segment);
      for (let i = 0; i < fields.length && i < 4; i++) state[i] += fields[i];
      if (fields.length >= 4) out.push([...state]);
    }
    return out;
  });
}

/** Rewrites a bundle file in place, and its `.map` beside it when there is one. */
export function makeFileAscii(file) {
  const { code, shifts } = escapeNonAscii(readFileSync(file, "utf8"));
  writeFileSync(file, code);
  const mapFile = `${file}.map`;
  if (shifts.size > 0 && existsSync(mapFile)) {
    const map = JSON.parse(readFileSync(mapFile, "utf8"));
    map.mappings = shiftMappings(map.mappings, shifts);
    writeFileSync(mapFile, JSON.stringify(map));
  }
}

// As a command (CDK's afterBundling hook): node ascii-only.mjs FILE...
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  for (const file of process.argv.slice(2)) makeFileAscii(file);
}
