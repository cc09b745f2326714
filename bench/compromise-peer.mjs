#!/usr/bin/env node
/**
 * The peer for the CLI throughput ratio: compromise (an English NLP library
 * for JavaScript) doing comparable work on the same {"id","name","text"} lines
 * as `news-summary summarize --jsonl`: sentences, people, places,
 * organisations and quotations, one JSON line out per article.
 */
import nlp from "compromise";
import { createInterface } from "node:readline";

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line);
  const doc = nlp(text);
  const out = {
    id,
    sentences: doc.sentences().length,
    people: doc.people().out("array"),
    places: doc.places().out("array"),
    organizations: doc.organizations().out("array"),
    quotes: doc.quotations().out("array"),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
