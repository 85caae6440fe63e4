/**
 * `npm run eval [-- --gold FILE --data DIR --reference]`: scores the built data against the seed
 * annotation and prints, per article, the missed and false actors and each key event (hit/miss,
 * date exact, quad right), then the merges and a summary line. `--reference` also runs the
 * reference Python scorer and checks that both agree.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type Gold, scoreBuild } from "./eval/score.ts";

const { values } = parseArgs({
  options: {
    gold: { type: "string", default: "seeds/gold/seed-gold.json" },
    data: { type: "string", default: "public/data" },
    reference: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});
const gold = JSON.parse(readFileSync(values.gold!, "utf8")) as Gold;
const score = scoreBuild(gold, readFileSync(join(values.data!, "actors.csv"), "utf8"), readFileSync(join(values.data!, "events.csv"), "utf8"));
if (values.json) {
  process.stdout.write(`${JSON.stringify(score, null, 1)}\n`);
  process.exit(0);
}
for (const [art, r] of Object.entries(score.articles)) {
  const p = r.tp / Math.max(1, r.tp + r.fp);
  const rc = r.tp / Math.max(1, r.tp + r.missed.length);
  const f1 = (2 * p * rc) / Math.max(1e-9, p + rc);
  console.log(`${art}: actors P=${p.toFixed(2)} R=${rc.toFixed(2)} F1=${f1.toFixed(2)}  tp=${r.tp} fp=${r.fp}`);
  if (r.missed.length) console.log(`   missed actors: ${r.missed.join(", ")}`);
  if (r.falseActors.length) console.log(`   false actors:  ${r.falseActors.join(", ")}`);
  for (const e of r.events) {
    console.log(`   ${e.id} ${e.hit ? "HIT " : "miss"} date=${e.exact ? "exact" : "-    "} quad=${e.typeOk ? "ok" : "- "}  ${e.what}${e.matchedEventId ? `  [${e.matchedEventId}]` : ""}`);
  }
  console.log(`   extracted events: ${r.extractedEvents}`);
}
console.log(`merged across articles: ${score.merged.map((m) => `${m.a}+${m.b}:${m.merged ? "yes" : "no"}`).join(" ")}`);
const line = Object.entries(score.summary).map(([k, v]) => `${k}=${v}`).join(" ");
console.log(line);

if (values.reference) {
  const py = spawnSync("python3", ["scripts/eval/reference-score.py", values.gold!, values.data!, "--json"], { encoding: "utf8" });
  if (py.status !== 0) {
    console.error(`reference scorer failed: ${py.stderr}`);
    process.exit(1);
  }
  const ref = JSON.parse(py.stdout).summary as Record<string, unknown>;
  const mine = score.summary as Record<string, unknown>;
  const diff = Object.keys(ref).filter((k) => String(ref[k]) !== String(mine[k]));
  if (diff.length) {
    console.error(`DISAGREES with the reference scorer on: ${diff.map((k) => `${k} (${mine[k]} vs ${ref[k]})`).join(", ")}`);
    process.exit(1);
  }
  console.log("agrees with the reference scorer on every summary figure");
}
