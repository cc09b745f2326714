// Minimal typings for libqp (quoted-printable, RFC 2045), which ships none: only what mhtml.ts uses.
declare module "libqp" {
  export function decode(input: string | Buffer): Buffer;
}
