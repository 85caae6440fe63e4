/**
 * `npx tsx scripts/bench/stages.ts --in DIR [--limit N] [--dump FILE] [--no-stages] [--repeat N]`:
 * single-thread throughput of the per-article analysis (`createArticleAnalyser`) on a folder of
 * articles, in MB/s of article text, then the same articles re-run stage by stage (segment, actors,
 * dates, events) to say where the time goes. `--repeat N` runs everything N times and keeps each
 * figure's best run (a shared machine is noisy; the best run is the one least disturbed). `--dump FILE` writes every analysis as JSON lines, to compare two
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
    repeat: { type: "string", default: "1" },
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
const repeat = Math.max(1, Number(values.repeat));
let analyses: ArticleAnalysis[] = [];
let slowest = { name: "", ms: 0 };
let seconds = Number.POSITIVE_INFINITY;
let cpuSeconds = Number.POSITIVE_INFINITY;
for (let run = 0; run < repeat; run++) {
  const out: ArticleAnalysis[] = [];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const file of files) {
    const a0 = performance.now();
    const r = analyse(file, meta.entries.get(file.name));
    const ms = performance.now() - a0;
    if (ms > slowest.ms) slowest = { name: file.name, ms };
    if (r.ok) out.push(r.analysis);
  }
  seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  const cpu = process.cpuUsage(cpu0);
  cpuSeconds = Math.min(cpuSeconds, (cpu.user + cpu.system) / 1e6);
  if (run === 0) analyses = out;
}
const textMb = analyses.reduce((n, a) => n + Buffer.byteLength(a.article.text), 0) / 1e6;
const fileMb = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
const fmt = (x: number) => x.toFixed(2);
process.stdout.write(
  `analyse: ${analyses.length}/${files.length} articles, ${fmt(fileMb)} MB files (${fmt(textMb)} MB text) in ${fmt(seconds)} s → ` +
    `${fmt(fileMb / seconds)} MB/s (CPU ${fmt(cpuSeconds)} s → ${fmt(fileMb / cpuSeconds)} MB/s); slowest ${slowest.name} ${fmt(slowest.ms)} ms` +
    `${repeat > 1 ? ` (best of ${repeat})` : ""}\n`,
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
  type Stage = "segment" | "actors" | "dates" | "events";
  const stages: Stage[] = ["segment", "actors", "dates", "events"];
  // wall and CPU milliseconds per stage, best run of each
  const best = new Map(stages.map((k) => [k, { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY }]));
  for (let run = 0; run < repeat; run++) {
    const time = new Map(stages.map((k) => [k, { wall: 0, cpu: 0 }]));
    let wall = 0;
    let cpu = { user: 0, system: 0 };
    const start = () => {
      cpu = process.cpuUsage();
      wall = performance.now();
    };
    const stop = (stage: Stage) => {
      const t = time.get(stage)!;
      t.wall += performance.now() - wall;
      const c = process.cpuUsage(cpu);
      t.cpu += (c.user + c.system) / 1000;
    };
    for (const { article } of analyses) {
      start();
      const sentences = segmentSentences(article.text, article.sections);
      stop("segment");
      start();
      const own = article.outlet ? publisherNames(article.outlet) : [];
      const masked = findPublisherSpans(article.text, own);
      const { mentions, discovered: found } = recognise({ text: article.text, lang: article.lang, published: article.published, sentences, maskedSpans: masked });
      for (const d of found) discovered.set(d.id, d);
      stop("actors");
      start();
      const dateMentions: DateMention[] = [];
      for (const s of sentences) {
        for (const d of resolveDates(s.text, article.published)) dateMentions.push({ ...d, start: d.start + s.start, end: d.end + s.start });
      }
      stop("dates");
      start();
      extract({ article, sentences, actorMentions: mentions, dateMentions });
      stop("events");
    }
    for (const k of stages) {
      const b = best.get(k)!;
      b.wall = Math.min(b.wall, time.get(k)!.wall);
      b.cpu = Math.min(b.cpu, time.get(k)!.cpu);
    }
  }
  const total = stages.reduce((n, k) => n + best.get(k)!.wall, 0);
  for (const k of stages) {
    const { wall, cpu } = best.get(k)!;
    process.stdout.write(
      `  ${k.padEnd(8)} ${fmt(wall / 1000).padStart(8)} s  ${fmt((100 * wall) / total).padStart(5)} %  ${fmt(textMb / (wall / 1000)).padStart(6)} MB/s  (CPU ${fmt(textMb / (cpu / 1000))} MB/s)\n`,
    );
  }
}
