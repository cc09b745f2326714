/** What the readers use of linkedom, loaded through #deferred-modules (deferred-modules.ts says why). */
export { parseHTML } from "linkedom";
