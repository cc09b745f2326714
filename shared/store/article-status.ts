/** Lifecycle of one S3 key, as `GET /status?key=` reports it. */
export type ArticleState = "RECEIVED" | "PROCESSED" | "FAILED" | "DELETED";

export interface ArticleStatus {
  id: string;
  bucket: string;
  key: string;
  state: ArticleState;
  /** S3 event sequencer of the version this status describes (normalised, comparable). */
  sequencer: string;
  versionId?: string;
  /** For FAILED: a stable code and a sentence a person can act on. */
  reason?: { code: string; message: string };
  /** For a multi-story object (feed, newsMessage): how its stories ended. */
  stories?: StoryTally;
  /** Article ids of this object's stories, so a new version or a deletion can remove the ones that are gone. */
  storyIds?: string[];
  attempts: number;
  updatedAt: string;
  pipelineVersion?: string;
}

/** How the stories of one multi-story object ended, as its status reports it. */
export interface StoryTally {
  total: number;
  processed: number;
  failed: number;
  /** The first failures, with the story's index and guid (capped: a status stays small). */
  failures?: { index: number; guid: string; code: string; message: string }[];
}
