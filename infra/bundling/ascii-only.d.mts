/** Types of ascii-only.mjs (plain JavaScript, so that scripts/build-cli.mjs can run it before any TypeScript compiles). */
export function escapeNonAscii(code: string): { code: string; shifts: Map<number, { column: number; added: number }[]> };
export function shiftMappings(mappings: string, shifts: Map<number, { column: number; added: number }[]>): string;
export function makeFileAscii(file: string): void;
export function decodeMappings(mappings: string): number[][][];
