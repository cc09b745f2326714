import { htmlArticle, pathologicalInputs, plainTextArticle } from "./fixtures";

/**
 * The inputs timed against size: three realistic article kinds (the first
 * three, which the 1 MB budget applies to), then the pathological ones.
 */
export const SCALING_SERIES: Record<string, { name: string; make: (bytes: number) => string }> = {
  "French wire text": { name: "scaling-fr.txt", make: (b) => plainTextArticle("fr", b, 7) },
  "English wire text": { name: "scaling-en.txt", make: (b) => plainTextArticle("en", b, 8) },
  "French HTML page": { name: "scaling-fr.html", make: (b) => htmlArticle("fr", b, 9) },
  ...Object.fromEntries(
    pathologicalInputs(16).map((p) => [`pathological: ${p.label}`, { name: p.name, make: (b: number) => pathologicalInputs(b).find((q) => q.label === p.label)!.body }]),
  ),
};
