import { ARTICLE_TABLES, isWireAgency } from "../lang/article-tables";
import { escapeRegExp } from "./regex-escape";

/** "(Reporting by Kate Holton; Editing by William James)", "(Reportage X, version française Y)": every language's starts. */
const CREDIT_LINE = new RegExp(
  String.raw`^\(\s*(?:${[...new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.wireCreditStarts ?? []))].map(escapeRegExp).join("|")})\b[^()]*\)$`,
  "iu",
);
/** An agency's sign-off: staff initials joined by "/" and "-" ("mdu-pl/ob", "burs-ach/sst"), no prose. */
const SIGN_OFF = /^[a-z]{2,6}(?:\s*[-/]\s*[a-z0-9]{2,6}){1,8}$/;

/**
 * The closing lines of a wire story that say who wrote and edited it (or only which agency): a field (the
 * story's creators), never text, whose names must not become entities or speakers.
 */
export function isWireCredit(paragraph: string): boolean {
  const t = paragraph.trim();
  return (SIGN_OFF.test(t) && t.includes("/")) || CREDIT_LINE.test(t) || isWireAgency(t.replace(/^[-–—(\s]+|[-–—).\s]+$/g, ""));
}

/** A closing line that is only the agency's name ("afp", "(Reuters)"). */
