/**
 * `npm run eval:written [-- --set NAME --reference --verbose]`: builds and scores the written
 * evaluation sets of `scripts/eval/written/` — Arabic and Persian articles written for evaluation in
 * the style of real outlets, about real events, each set annotated like the seeds
 * (`<set>/articles/` + `<set>/gold.json`). The seeds say how the pipeline does on the five articles
 * it was built on; these say how it does on articles it was not.
 *
 * Each set was written and annotated by someone who had not read the code, and scored once,
 * untouched, before the changes it prompted. New sets go in new folders, so that one stays unseen
 * until it is first scored.
 *
 * Prints one summary line per set and one for all, in the reference scorer's terms; with
 * `--reference` each set is also scored by `scripts/eval/reference-score.py` and the two must agree.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildData } from "./build-data.ts";
import { type Gold, scoreBuild } from "./eval/score.ts";
import { isEntry, SCRIPTS } from "./lib/paths.ts";

const WRITTEN = join(SCRIPTS, "eval", "written");

type Summary = Record<string, string | number>;

/** Builds one set into a temporary folder and scores it; the folder is removed afterwards. */
async function scoreSet(dir: string, reference: boolean): Promise<{ summary: Summary; articles: ReturnType<typeof scoreBuild>["articles"] }> {
  const out = mkdtempSync(join(tmpdir(), "rabt-written-"));
  try {
    await buildData({ inDir: join(dir, "articles"), outDir: out, quiet: true, cacheDir: false });
    const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as Gold;
    const score = scoreBuild(gold, readFileSync(join(out, "actors.csv"), "utf8"), readFileSync(join(out, "events.csv"), "utf8"));
    if (reference) {
      const py = spawnSync("python3", [join(SCRIPTS, "eval", "reference-score.py"), join(dir, "gold.json"), out, "--json"], { encoding: "utf8" });
      if (py.status !== 0) throw new Error(`reference scorer failed on ${dir}: ${py.stderr}`);
      const ref = JSON.parse(py.stdout).summary as Summary;
      const diff = Object.keys(ref).filter((k) => String(ref[k]) !== String((score.summary as Summary)[k]));
      if (diff.length) throw new Error(`${dir}: disagrees with the reference scorer on ${diff.join(", ")}`);
    }
    return { summary: score.summary as Summary, articles: score.articles };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({ options: { set: { type: "string" }, reference: { type: "boolean" }, verbose: { type: "boolean" } } });
  const sets = readdirSync(WRITTEN)
    .filter((n) => statSync(join(WRITTEN, n)).isDirectory())
    .filter((n) => !values.set || n === values.set)
    .sort();
  if (sets.length === 0) throw new Error(`no written set${values.set ? ` named ${values.set}` : ""} in ${WRITTEN}`);
  // totals over all sets, in the scorer's own units (micro-averaged)
  const total = { tp: 0, fp: 0, fn: 0, events: 0, hits: 0, exact: 0, typeOk: 0, merged: 0, pairs: 0 };
  for (const name of sets) {
    const { summary, articles } = await scoreSet(join(WRITTEN, name), values.reference === true);
    console.log(`${name}: ${Object.entries(summary).map(([k, v]) => `${k}=${v}`).join(" ")}`);
    for (const [id, r] of Object.entries(articles)) {
      total.tp += r.tp;
      total.fp += r.fp;
      total.fn += r.missed.length;
      for (const e of r.events) {
        total.events++;
        if (e.hit) total.hits++;
        if (e.exact) total.exact++;
        if (e.typeOk) total.typeOk++;
      }
      if (values.verbose) {
        if (r.missed.length || r.falseActors.length) console.log(`   ${id}: missed ${r.missed.join(", ") || "-"}; false ${r.falseActors.join(", ") || "-"}`);
        for (const e of r.events.filter((x) => !x.hit || !x.exact || !x.typeOk)) {
          console.log(`   ${e.id} ${e.hit ? "HIT " : "miss"} date=${e.exact ? "exact" : "-    "} quad=${e.typeOk ? "ok" : "- "}  ${e.what}`);
        }
      }
    }
    const [m, p] = String(summary.merged).split("/").map(Number);
    total.merged += m ?? 0;
    total.pairs += p ?? 0;
  }
  const precision = total.tp / Math.max(1, total.tp + total.fp);
  const recall = total.tp / Math.max(1, total.tp + total.fn);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  console.log(
    `all: actor_precision=${r3(precision)} actor_recall=${r3(recall)} actor_f1=${r3((2 * precision * recall) / Math.max(1e-9, precision + recall))} ` +
      `event_recall=${r3(total.hits / Math.max(1, total.events))} date_exact=${r3(total.exact / Math.max(1, total.hits))} ` +
      `type_ok=${r3(total.typeOk / Math.max(1, total.hits))} merged=${total.merged}/${total.pairs} gold_events=${total.events}`,
  );
}

if (isEntry("eval-written.ts")) {
  main().catch((e: Error) => {
    console.error(`rabt: eval:written failed: ${e.message}`);
    process.exit(1);
  });
}
