/**
 * `npx tsx scripts/bench/stages.ts --in DIR [--limit N] [--dump FILE] [--no-stages]`: single-thread
 * throughput of the per-article analysis (`createArticleAnalyser`) on a folder of articles, in MB/s
 * of article text, then the same articles re-run stage by stage (segment, actors, dates, events) to
 * say where the time goes. `--dump FILE` writes every analysis as JSON lines, to compare two
 * versions of the stages byte for byte. Run under `node --cpu-prof --import tsx` to profile.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createActorRecognizer } from "../pipeline/actors.ts";
import { type ArticleAnalysis, createArticleAnalyser, isArticleFile } from "../pipeline/build.ts";
import { createDateResolver } from "../pipeline/dates.ts";
import { createEventExtractor } from "../pipeline/events.ts";
import { loadGazetteer } from "../pipeline/gazetteer.ts";
import { findPublisherSpans, parseMetadata, publisherNames } from "../pipeline/metadata.ts";
import { segmentSentences } from "../pipeline/segment.ts";
import type { ActorEntry, DateMention } from "../pipeline/types.ts";

const { values } = parseArgs({
  options: {
    in: { type: "string", default: "/tmp/synth1k" },
    limit: { type: "string" },
    dump: { type: "string" },
    "no-stages": { type: "boolean" },
  },
});
const inDir = values.in!;
const metaPath = join(inDir, "METADATA.json");
const meta = parseMetadata(existsSync(metaPath) ? readFileSync(metaPath, "utf8") : null);
let names = readdirSync(inDir).filter(isArticleFile).sort();
if (values.limit) names = names.slice(0, Number(values.limit));
const files = names.map((name) => ({ name, bytes: readFileSync(join(inDir, name)) }));

const gazetteer = loadGazetteer();
const analyse = createArticleAnalyser(gazetteer);
const analyses: ArticleAnalysis[] = [];
let slowest = { name: "", ms: 0 };
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (const file of files) {
  const a0 = performance.now();
  const r = analyse(file, meta.entries.get(file.name));
  const ms = performance.now() - a0;
  if (ms > slowest.ms) slowest = { name: file.name, ms };
  if (r.ok) analyses.push(r.analysis);
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const textMb = analyses.reduce((n, a) => n + Buffer.byteLength(a.article.text), 0) / 1e6;
const fileMb = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
const fmt = (x: number) => x.toFixed(2);
process.stdout.write(
  `analyse: ${analyses.length}/${files.length} articles, ${fmt(fileMb)} MB files (${fmt(textMb)} MB text) in ${fmt(seconds)} s → ` +
    `${fmt(fileMb / seconds)} MB/s (CPU ${fmt(cpuSeconds)} s → ${fmt(fileMb / cpuSeconds)} MB/s); slowest ${slowest.name} ${fmt(slowest.ms)} ms\n`,
);

if (values.dump) {
  writeFileSync(values.dump, `${analyses.map((a) => JSON.stringify(a)).join("\n")}\n`);
  process.stdout.write(`dump: ${values.dump}\n`);
}

if (!values["no-stages"]) {
  // the same work again, one stage at a time, on the analysed articles
  const discovered = new Map<string, ActorEntry>();
  const recognise = createActorRecognizer({ gazetteer });
  const resolveDates = createDateResolver();
  const extract = createEventExtractor({
    actorInfo: (id) => {
      const a = gazetteer.byId.get(id) ?? discovered.get(id);
      return a ? { kind: a.kind, ...(a.country ? { country: a.country } : {}) } : undefined;
    },
  });
  const time = { segment: 0, actors: 0, dates: 0, events: 0 };
  for (const { article } of analyses) {
    let t = performance.now();
    const sentences = segmentSentences(article.text, article.sections);
    time.segment += performance.now() - t;
    t = performance.now();
    const own = article.outlet ? publisherNames(article.outlet) : [];
    const masked = findPublisherSpans(article.text, own);
    const { mentions, discovered: found } = recognise({ text: article.text, lang: article.lang, published: article.published, sentences, maskedSpans: masked });
    for (const d of found) discovered.set(d.id, d);
    time.actors += performance.now() - t;
    t = performance.now();
    const dateMentions: DateMention[] = [];
    for (const s of sentences) {
      for (const d of resolveDates(s.text, article.published)) dateMentions.push({ ...d, start: d.start + s.start, end: d.end + s.start });
    }
    time.dates += performance.now() - t;
    t = performance.now();
    extract({ article, sentences, actorMentions: mentions, dateMentions });
    time.events += performance.now() - t;
  }
  const total = Object.values(time).reduce((a, b) => a + b, 0);
  for (const [stage, ms] of Object.entries(time)) {
    process.stdout.write(`  ${stage.padEnd(8)} ${fmt(ms / 1000).padStart(8)} s  ${fmt((100 * ms) / total).padStart(5)} %  ${fmt(textMb / (ms / 1000))} MB/s\n`);
  }
}
