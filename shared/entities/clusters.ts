/**
 * The shipped word-cluster tables (built by scripts/build-clusters.ts, sources in model/SOURCES.md),
 * inflated once per language: lowercase word -> fine cluster id + 1 | (coarse cluster id + 1) << 16.
 */
import { unpackText } from "./model-codec";
import { CLUSTERS_EN } from "./model/clusters-en";
import { CLUSTERS_FR } from "./model/clusters-fr";

const PACKED = { fr: CLUSTERS_FR, en: CLUSTERS_EN } as const;
const cache = new Map<keyof typeof PACKED, Map<string, number>>();

export function wordClusters(language: keyof typeof PACKED): ReadonlyMap<string, number> {
  let m = cache.get(language);
  if (!m) {
    const data = JSON.parse(unpackText(PACKED[language])) as { fine: string[]; coarse: number[] };
    m = new Map();
    data.fine.forEach((words, f) => {
      if (words) for (const w of words.split("|")) m!.set(w, (f + 1) | ((data.coarse[f] + 1) << 16));
    });
    cache.set(language, m);
  }
  return m;
}
