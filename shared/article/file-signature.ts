/**
 * What a non-text file is, from its first bytes, so that a refusal can name
 * it ("a PDF document", "a ZIP archive (Word .docx)"). Only formats people
 * actually drop into a news bucket by mistake.
 */
const SIGNATURES: { name: string; bytes: number[]; at?: number }[] = [
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a TIFF image", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: "a TIFF image", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: "a bzip2 archive", bytes: [0x42, 0x5a, 0x68] },
  { name: "an xz archive", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a] },
  { name: "a Zstandard archive", bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: "an old Office document (Word .doc / Excel .xls)", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: "a Linux executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "a Windows executable", bytes: [0x4d, 0x5a, 0x90, 0x00] },
  { name: "a WebAssembly module", bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: "an MP3 audio file", bytes: [0x49, 0x44, 0x33] },
  { name: "an Ogg media file", bytes: [0x4f, 0x67, 0x67, 0x53] },
  { name: "a FLAC audio file", bytes: [0x66, 0x4c, 0x61, 0x43] },
  { name: "a Matroska/WebM video", bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { name: "a SQLite database", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const RIFF = [0x52, 0x49, 0x46, 0x46];
/** ISO base media (MP4, MOV, HEIC, AVIF): "ftyp" at offset 4. */
const FTYP = [0x66, 0x74, 0x79, 0x70];

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/** The name of the file type, or null when the bytes start like no known binary format. */
export function binaryFileType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, ZIP)) return zipType(bytes);
  if (startsWith(bytes, RIFF)) {
    const form = ascii(bytes, 8, 12);
    return form === "WEBP" ? "a WebP image" : form === "WAVE" ? "a WAV audio file" : form.startsWith("AVI") ? "an AVI video" : "a RIFF media file";
  }
  if (startsWith(bytes, FTYP, 4)) {
    const brand = ascii(bytes, 8, 12);
    return /^(heic|heix|mif1|avif)/.test(brand) ? "a HEIC/AVIF image" : "an MP4/QuickTime video";
  }
  for (const sig of SIGNATURES) if (startsWith(bytes, sig.bytes)) return sig.name;
  return null;
}

/** Office and e-book files are ZIP archives; the first entries say which. */
function zipType(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, 4096);
  if (head.includes("word/")) return "a ZIP archive (Word .docx document)";
  if (head.includes("xl/")) return "a ZIP archive (Excel .xlsx workbook)";
  if (head.includes("ppt/")) return "a ZIP archive (PowerPoint .pptx presentation)";
  if (head.includes("application/vnd.oasis.opendocument.text")) return "a ZIP archive (OpenDocument .odt text)";
  if (head.includes("application/vnd.oasis.opendocument")) return "a ZIP archive (OpenDocument file)";
  if (head.includes("application/epub+zip")) return "a ZIP archive (EPUB e-book)";
  if (head.includes("[Content_Types].xml")) return "a ZIP archive (Office document such as Word .docx)";
  return "a ZIP archive";
}
