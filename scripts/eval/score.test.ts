import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Gold, interval, norm, roundLikePython, scoreBuild } from "./score.ts";

const gold: Gold = {
  actors: {
    IRN: { label: "Iran", kind: "state", country: "IRN" },
    TUR: { label: "Turkey", kind: "state", country: "TUR" },
    "hakan-fidan": { label: "Hakan Fidan", kind: "person", country: "TUR", aliases: ["Fidan"] },
    "abbas-araghchi": { label: "Abbas Araghchi", kind: "person", country: "IRN" },
  },
  articles: {
    a1: {
      actors: { required: ["IRN", "TUR", "hakan-fidan"], optional: ["abbas-araghchi"] },
      events: [
        { id: "a1-1", date: "2024-12-02", participants: ["abbas-araghchi", "hakan-fidan"], quad: [1], what: "press conference" },
        { id: "a1-2", date: "2024-10", participants: ["IRN", "TUR"], quad: [3], what: "a month event" },
      ],
    },
    a2: { actors: { required: ["IRN"] }, events: [{ id: "a2-1", date: "2024-12-02", participants: ["IRN", "TUR"], quad: [1], what: "same" }] },
  },
  same_event: [["a1-1", "a2-1"]],
};
const actorsCsv = [
  "id,kind,label,name_ar,name_fa,country,wikidata,article_ids,mention_count",
  "IRN,state,Iran,إيران,ایران,,,a1;a2,3",
  "TUR,state,Türkiye,,,TUR,,a1,2",
  "hakan-fidan,person,Hakan Fidan,,,TUR,,a1,1",
  "ankara,place,Ankara,,,TUR,,a1,1",
  "nato,organisation,NATO,,,,,a2,1",
].join("\n");
const eventsCsv = [
  "id,date_start,date_end,precision,edtf,cameo,quad,goldstein,source_ids,target_ids,other_ids,article_ids,status,evidence",
  "e1,2024-12-02,2024-12-02,day,2024-12-02,040,1,1,IRN,hakan-fidan,TUR,a1;a2,reported,x",
  "e2,2024-10-01,2024-10-31,month,2024-10,111,3,-2,IRN,TUR,,a1,reported,y",
].join("\n");

describe("scoreBuild", () => {
  it("folds accents like the reference scorer: «Türkiye» → turkiye", () => {
    expect(norm("Türkiye")).toBe("turkiye");
    expect(interval("2024-02")).toEqual([19754, 19782]);
  });
  it("agrees with the reference Python scorer on every summary figure", () => {
    const mine = scoreBuild(gold, actorsCsv, eventsCsv);
    const dir = mkdtempSync(join(tmpdir(), "rabt-score-"));
    writeFileSync(join(dir, "gold.json"), JSON.stringify(gold));
    writeFileSync(join(dir, "actors.csv"), actorsCsv);
    writeFileSync(join(dir, "events.csv"), eventsCsv);
    const py = spawnSync("python3", [new URL("./reference-score.py", import.meta.url).pathname, join(dir, "gold.json"), dir, "--json"], { encoding: "utf8" });
    expect(py.status).toBe(0);
    const ref = JSON.parse(py.stdout).summary;
    expect(mine.summary).toEqual(ref);
    expect(mine.summary).toEqual({
      actor_precision: 0.8, actor_recall: 1, actor_f1: 0.889, event_recall: 1, date_exact: 1, type_ok: 1, merged: "1/1", extracted_events: 3, gold_events: 3,
    });
    expect(mine.articles.a2!.falseActors).toEqual(["NATO"]);
  });
});

describe("roundLikePython", () => {
  it("rounds an exact tie to the even digit as Python's round does (156 of 192 actors: 0.8125 → 0.812)", () => {
    const values = [156 / 192, 0.8135, 0.0625, 0.1875, 0.9375, 2 / 3, 0.5, 1, 0];
    const py = spawnSync("python3", ["-c", `print(" ".join(repr(round(x, 3)) for x in [${values.map((v) => v.toPrecision(17)).join(",")}]))`], { encoding: "utf8" });
    expect(py.status).toBe(0);
    expect(values.map((v) => roundLikePython(v, 3))).toEqual(py.stdout.trim().split(" ").map(Number));
    expect(roundLikePython(156 / 192, 3)).toBe(0.812);
  });
});
