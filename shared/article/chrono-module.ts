/** What date parsing uses of chrono-node (English, French, German), loaded through #deferred-modules. */
export { de, fr, parse } from "chrono-node";
