/** The shared document: one tokenisation and one sentence split per article (see document.ts). */
export { Doc, createDoc, documentOf, sentencesByLine, type DocSource } from "./document";
export { splitSentences } from "./sentences";
export { tokenLanguage, tokenizerTables, type TokenLanguage } from "./token-tables";
export { tokenize, makeTokenizerTables, type Token, type TokenKind, type TokenizerTables } from "./tokenize";
