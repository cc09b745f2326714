/**
 * Per-language tokenizer tables, read from the language data in shared/lang (elisions,
 * abbreviations and dotted honorifics), and the language a text is tokenised as.
 * Only French and English have tables; any other text is tokenised with the English ones
 * unless its function words say French, as the entity stage has always done.
 */
import enHonorifics from "../lang/en/entities-honorifics.json";
import frHonorifics from "../lang/fr/entities-honorifics.json";
import { makeTokenizerTables, type TokenizerTables } from "./tokenize";

export type TokenLanguage = "fr" | "en";

interface TokenData {
  honorifics: string[];
  abbreviations: string[];
  elisions: string[];
  functionWords: string[];
  hyphenSuffixes: string[];
}

const DATA: Record<TokenLanguage, TokenData> = { fr: frHonorifics, en: enHonorifics };
const cache = new Map<TokenLanguage, TokenizerTables>();

export function tokenizerTables(language: TokenLanguage): TokenizerTables {
  let t = cache.get(language);
  if (!t) {
    const d = DATA[language];
    t = makeTokenizerTables(d.elisions, [...d.abbreviations, ...d.honorifics.filter((x) => x.endsWith("."))], language === "en", d.hyphenSuffixes);
    cache.set(language, t);
  }
  return t;
}

let functionWords: Record<TokenLanguage, ReadonlySet<string>> | undefined;

/** The lowercase function words of French or English ("le", "de"; "the", "of"), from the language data. */
export function functionWordsOf(language: TokenLanguage): ReadonlySet<string> {
  functionWords ??= { fr: new Set(DATA.fr.functionWords), en: new Set(DATA.en.functionWords) };
  return functionWords[language];
}

/** French or English from the declared language, or from function words when it is another or unknown. */
export function tokenLanguage(declared: string, text: string): TokenLanguage {
  if (declared === "fr" || declared.startsWith("fr-")) return "fr";
  if (declared === "en" || declared.startsWith("en-")) return "en";
  const fr = functionWordsOf("fr");
  const en = functionWordsOf("en");
  let f = 0;
  let e = 0;
  const sample = text.slice(0, 4000).toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of sample) {
    if (fr.has(w)) f++;
    if (en.has(w)) e++;
  }
  return f >= e ? "fr" : "en";
}
