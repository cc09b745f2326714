/**
 * Version of the extraction pipeline stamped on every summary. Bump it when
 * extraction output changes, so `news-summary reindex --outdated` can roll the
 * improved extractor over the archive.
 */
export const PIPELINE_VERSION = "0.8.29";
