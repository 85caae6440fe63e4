/**
 * Scores a build's CSV exports against a gold annotation — the same definitions as the reference
 * scorer (`scripts/eval/reference-score.py`, a copy of the annotation's own scorer): actor
 * precision/recall/F1, key-event recall, exact-date share, quad share, merged duplicate reports.
 */
import { parse } from "csv-parse/sync";

export interface GoldActor {
  readonly label: string;
  readonly kind: string;
  readonly country?: string;
  readonly aliases?: readonly string[];
}
export interface GoldEvent {
  readonly id: string;
  readonly date: string;
  readonly participants: readonly string[];
  readonly min_participants?: number;
  readonly quad: readonly number[];
  readonly cameo_root?: readonly string[];
  readonly what: string;
}
export interface Gold {
  readonly actors: Readonly<Record<string, GoldActor>>;
  readonly articles: Readonly<Record<string, { actors: { required: string[]; optional?: string[] }; events: GoldEvent[] }>>;
  readonly same_event?: readonly (readonly [string, string])[];
}

type Row = Record<string, string>;

export interface EventRow {
  readonly id: string;
  readonly hit: boolean;
  readonly exact: boolean;
  readonly typeOk: boolean;
  readonly what: string;
  readonly matchedEventId?: string;
}
export interface ArticleScore {
  readonly tp: number;
  readonly fp: number;
  readonly missed: string[];
  readonly falseActors: string[];
  readonly events: EventRow[];
  readonly extractedEvents: number;
}
export interface Score {
  readonly articles: Record<string, ArticleScore>;
  readonly merged: { a: string; b: string; merged: boolean }[];
  readonly summary: {
    actor_precision: number;
    actor_recall: number;
    actor_f1: number;
    event_recall: number;
    date_exact: number;
    type_ok: number;
    merged: string;
    extracted_events: number;
    gold_events: number;
  };
}

/** Python's `norm`: NFKD, drop combining marks, lower-case, keep only [0-9a-z]. */
export function norm(s: string | undefined): string {
  return (s ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^0-9a-z]/g, "");
}

const DAY = 86_400_000;
const toDay = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY;

/** The interval of an EDTF date as day numbers, like the reference's `interval`. */
export function interval(edtf: string): [number, number] | null {
  const e = (edtf ?? "").trim();
  if (e.includes("/")) {
    const [a, b] = [e.slice(0, e.indexOf("/")), e.slice(e.indexOf("/") + 1)];
    const lo = a === "" || a === ".." ? -Infinity : interval(a)?.[0];
    const hi = b === "" || b === ".." ? Infinity : interval(b)?.[1];
    return lo !== undefined && hi !== undefined ? [lo, hi] : null;
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(e.replace(/[~?%]+$/, ""));
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = toDay(y, Number(m[2]), Number(m[3]));
    return [d, d];
  }
  if (m[2]) {
    const mo = Number(m[2]);
    return [toDay(y, mo, 1), toDay(y, mo + 1, 1) - 1];
  }
  return [toDay(y, 1, 1), toDay(y, 12, 31)];
}

function day(s: string | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec((s ?? "").trim());
  return m ? toDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const splitIds = (s: string | undefined) =>
  (s ?? "")
    .split(/[;|]/)
    .map((x) => x.trim())
    .filter(Boolean);

const readCsv = (text: string): Row[] => parse(text.replace(/^\uFEFF/, ""), { columns: true, skip_empty_lines: true, relax_column_count: true });

/** Scores `actors.csv` and `events.csv` (their text) against the gold annotation. */
export function scoreBuild(gold: Gold, actorsCsvText: string, eventsCsvText: string): Score {
  const G = gold.actors;
  const names = new Map<string, Set<string>>();
  for (const [k, v] of Object.entries(G)) {
    const set = new Set([norm(v.label), ...(v.aliases ?? []).map(norm)]);
    if (v.kind !== "state") set.add(norm(k));
    names.set(k, set);
  }
  const actors = readCsv(actorsCsvText);
  const events = readCsv(eventsCsvText);

  const goldKey = (a: Row): string | null => {
    const kind = (a.kind ?? "").toLowerCase();
    const label = norm(a.label);
    const ident = norm(a.id);
    const country = (a.country ?? "").trim().toUpperCase();
    if ((kind === "state" || kind === "country") && G[country]?.kind === "state") return country;
    for (const [k, ns] of names) {
      if ((label && ns.has(label)) || (ident && ns.has(ident) && G[k]!.kind !== "state")) {
        if (G[k]!.kind === "state" && !["state", "country", ""].includes(kind)) continue;
        return k;
      }
    }
    return null;
  };
  const keyOf = new Map(actors.map((a) => [a.id!, goldKey(a)]));
  const placey = new Set(actors.filter((a) => ["place", "location", "city"].includes((a.kind ?? "").toLowerCase())).map((a) => a.id!));
  const hits = (ids: string[]) => new Set(ids.map((i) => keyOf.get(i)).filter((k): k is string => !!k));
  const participantHit = (p: string, keys: Set<string>) => keys.has(p) || (G[p]?.kind !== "state" && !!G[p]?.country && keys.has(G[p]!.country!));

  const articles: Record<string, ArticleScore> = {};
  const tot = { tp: 0, fp: 0, fn: 0, ev: 0, evHit: 0, dateOk: 0, typeOk: 0, extracted: 0 };
  const matched = new Map<string, string>();
  for (const [art, ga] of Object.entries(gold.articles)) {
    const req = new Set(ga.actors.required);
    const opt = new Set(ga.actors.optional ?? []);
    const ext = actors.filter((a) => splitIds(a.article_ids).includes(art) && !placey.has(a.id!));
    const found = new Set<string>();
    const fps: string[] = [];
    for (const a of ext) {
      const k = keyOf.get(a.id!);
      if (k && (req.has(k) || opt.has(k))) found.add(k);
      else fps.push(a.label || a.id!);
    }
    const tp = [...found].length;
    const fn = [...req].filter((k) => !found.has(k)).sort();
    const evs = events.filter((e) => splitIds(e.article_ids).includes(art));
    const rows: EventRow[] = [];
    for (const ge of ga.events) {
      const gi = interval(ge.date);
      let best: { score: [boolean, boolean, number]; id: string } | null = null;
      for (const e of evs) {
        const s = day(e.date_start);
        const t = day(e.date_end) ?? s;
        if (s === null || t === null || !gi || t < gi[0] || s > gi[1]) continue;
        const keys = hits([...splitIds(e.source_ids), ...splitIds(e.target_ids), ...splitIds(e.other_ids)]);
        const n = ge.participants.filter((p) => participantHit(p, keys)).length;
        if (n < (ge.min_participants ?? 2)) continue;
        const exact = s === gi[0] && t === gi[1];
        const typ = ge.quad.map(String).includes(String(e.quad ?? "").trim());
        const score: [boolean, boolean, number] = [exact, typ, n];
        if (!best || compareScore(score, best.score) > 0) best = { score, id: e.id! };
      }
      if (best) {
        matched.set(ge.id, best.id);
        tot.evHit++;
        tot.dateOk += best.score[0] ? 1 : 0;
        tot.typeOk += best.score[1] ? 1 : 0;
      }
      tot.ev++;
      rows.push({ id: ge.id, hit: !!best, exact: !!best?.score[0], typeOk: !!best?.score[1], what: ge.what, ...(best ? { matchedEventId: best.id } : {}) });
    }
    tot.tp += tp;
    tot.fp += fps.length;
    tot.fn += fn.length;
    tot.extracted += evs.length;
    articles[art] = { tp, fp: fps.length, missed: fn, falseActors: fps.slice(0, 20), events: rows, extractedEvents: evs.length };
  }
  const merged = (gold.same_event ?? []).map(([a, b]) => ({ a, b, merged: matched.get(a) !== undefined && matched.get(a) === matched.get(b) }));
  const P = tot.tp / Math.max(1, tot.tp + tot.fp);
  const R = tot.tp / Math.max(1, tot.tp + tot.fn);
  return {
    articles,
    merged,
    summary: {
      actor_precision: round3(P),
      actor_recall: round3(R),
      actor_f1: round3((2 * P * R) / Math.max(1e-9, P + R)),
      event_recall: round3(tot.evHit / Math.max(1, tot.ev)),
      date_exact: round3(tot.dateOk / Math.max(1, tot.evHit)),
      type_ok: round3(tot.typeOk / Math.max(1, tot.evHit)),
      merged: `${merged.filter((m) => m.merged).length}/${merged.length}`,
      extracted_events: tot.extracted,
      gold_events: tot.ev,
    },
  };
}

/** Python tuple comparison of (exact, type, n). */
function compareScore(a: [boolean, boolean, number], b: [boolean, boolean, number]): number {
  if (a[0] !== b[0]) return a[0] ? 1 : -1;
  if (a[1] !== b[1]) return a[1] ? 1 : -1;
  return a[2] - b[2];
}

/**
 * Python's `round(x, digits)`, which the reference scorer uses: the nearest value with that many
 * decimals to the double's exact value, a tie going to the even last digit (`round(0.8125, 3)` is
 * 0.812, where `Math.round(812.5) / 1000` gives 0.813). `toFixed` rounds the exact value too, but a
 * tie up; a tie is a short exact expansion ending in 5 right after the kept digits.
 */
export function roundLikePython(x: number, digits: number): number {
  const fixed = x.toFixed(digits);
  const exact = x.toFixed(20);
  if (new RegExp(`^-?\\d+\\.\\d{${digits}}50*$`).test(exact)) {
    const last = Number(fixed[fixed.length - 1]);
    // toFixed took the larger of the two: step back to the even one
    if (last % 2 === 1) return Number((Number(fixed) - Math.sign(x) * 10 ** -digits).toFixed(digits));
  }
  return Number(fixed);
}

const round3 = (x: number) => roundLikePython(x, 3);
