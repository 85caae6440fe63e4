/**
 * Incremental cache of per-article analyses: keyed by the article's content hash, its metadata
 * and the pipeline's own source (any change to a stage, a lexicon or this cache's format
 * invalidates everything), so a rebuild after one changed article analyses that article only.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join, relative } from "node:path";
import { threadId } from "node:worker_threads";
import { deserialize, serialize } from "node:v8";
import type { DigestResult } from "../pipeline/build.ts";
import { type Gazetteer, loadGazetteer } from "../pipeline/gazetteer.ts";
import type { MetadataEntry } from "../pipeline/metadata.ts";
import { PERSONS_PATH, ROOT } from "./paths.ts";
import { createMentionSpill, type MentionPlace, type MentionSpill } from "./mentionStore.ts";

/** Everything an analysis and its cache entry depend on (the stages, lexicons, contract, worker, cache format, locked dependencies), and what the workers' bundles are made of. */
const SOURCES = [
  "scripts/pipeline",
  "scripts/lexicon",
  "src/text",
  "src/contract",
  "scripts/lib/analysisWorker.ts",
  "scripts/lib/analysisCache.ts",
  "scripts/lib/articleJob.ts",
  "scripts/lib/mentionStore.ts",
  // the chunk writer's bundle is built per version too
  "scripts/lib/chunkWorker.ts",
  "scripts/lib/output.ts",
  "package-lock.json",
];

/** A hash of the pipeline's source files: the cache's version. */
export function pipelineVersion(): string {
  const h = createHash("sha256");
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (!/\.test\.ts$/.test(p)) h.update(relative(ROOT, p)).update(readFileSync(p));
  };
  for (const s of SOURCES) walk(join(ROOT, s));
  return h.digest("hex").slice(0, 16);
}

/** A cached analysis: the digest, its mentions' places, and the pack they are in. */
export interface CacheHit {
  readonly result: DigestResult<MentionPlace>;
  readonly mentionsIn: string;
}

export interface AnalysisCache {
  keyOf(contentHash: string, meta: MetadataEntry | undefined): string;
  get(key: string): CacheHit | undefined;
  /** Sets an article's mentions aside in this writer's pack, where later builds read them. */
  readonly mentions: MentionSpill;
  /** Stores an analysis; its mention places must come from `mentions` (this writer's pack). */
  set(key: string, value: DigestResult<MentionPlace>): void;
  /** Finishes this writer's pack: its entries are found by later builds. */
  close(): void;
}

/**
 * Entries live in packs: each writer (a build's worker, or its main thread) appends to one data
 * file an entry's mentions (JSON lines, see mentionStore.ts), then its digest, then a line `key
 * offset length` to the pack's index — no file per entry, no open per lookup. A reader lists
 * every pack's index once; an index line whose bytes are not all in the data file (a build killed
 * mid-write) is ignored, and the mentions come before the digest that points at them.
 */
export function createAnalysisCache(dir: string, version: string): AnalysisCache {
  const root = join(dir, version);
  const where = new Map<string, { pack: string; offset: number; length: number }>();
  if (existsSync(root)) {
    for (const f of readdirSync(root).sort()) {
      if (!f.endsWith(".idx")) continue;
      const pack = join(root, `${f.slice(0, -4)}.bin`);
      if (!existsSync(pack)) continue;
      const size = statSync(pack).size;
      for (const line of readFileSync(join(root, f), "utf8").split("\n")) {
        const [key, offset, length] = line.split(" ");
        if (!key || offset === undefined || length === undefined) continue;
        const entry = { pack, offset: Number(offset), length: Number(length) };
        if (entry.offset + entry.length <= size) where.set(key, entry);
      }
    }
  }
  const readers = new Map<string, number>();
  let writer: { data: number; index: number; end: number; pack: string } | undefined;
  const open = (): NonNullable<typeof writer> => {
    if (!writer) {
      mkdirSync(root, { recursive: true });
      const name = `pack-${process.pid}-${threadId}-${Date.now().toString(36)}`;
      const pack = join(root, `${name}.bin`);
      writer = { data: openSync(pack, "w"), index: openSync(join(root, `${name}.idx`), "w"), end: 0, pack };
    }
    return writer;
  };
  const mentions = createMentionSpill({
    path: () => open().pack,
    append(bytes) {
      const w = open();
      const at = w.end;
      writeSync(w.data, bytes, 0, bytes.length, at);
      w.end += bytes.length;
      return at;
    },
  });
  return {
    mentions,
    keyOf: (contentHash, meta) => createHash("sha256").update(`${contentHash}\n${JSON.stringify(meta ?? null)}`).digest("hex"),
    get(key) {
      const e = where.get(key);
      if (!e) return undefined;
      try {
        let fd = readers.get(e.pack);
        if (fd === undefined) {
          fd = openSync(e.pack, "r");
          readers.set(e.pack, fd);
        }
        const bytes = Buffer.alloc(e.length);
        if (readSync(fd, bytes, 0, e.length, e.offset) !== e.length) return undefined;
        // V8's structured-clone format: read back faster than JSON, same values
        return { result: deserialize(bytes) as DigestResult<MentionPlace>, mentionsIn: e.pack };
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const w = open();
      const bytes = serialize(value);
      writeSync(w.data, bytes, 0, bytes.length, w.end);
      // the index line only after its bytes: a killed build leaves no line pointing at nothing
      writeSync(w.index, `${key} ${w.end} ${bytes.length}\n`);
      where.set(key, { pack: w.pack, offset: w.end, length: bytes.length });
      w.end += bytes.length;
    },
    close() {
      for (const fd of readers.values()) closeSync(fd);
      readers.clear();
      if (writer) {
        closeSync(writer.data);
        closeSync(writer.index);
        writer = undefined;
      }
    },
  };
}

/** What `pruneCache` keeps of the other pipeline versions' caches. */
/**
 * The gazetteer, kept in the cache's version folder once built (the version covers the lexicons,
 * the persons file and the code that builds it): reading it back takes a fifth of building it,
 * which every build and every worker did first (some 90 ms; in a rebuild after one changed article,
 * a twentieth of the time). An unreadable copy is built again and replaced.
 */
export function cachedGazetteer(dir: string | false, version: string, personsPath: string = PERSONS_PATH): Gazetteer {
  if (!dir) return loadGazetteer(personsPath);
  const path = join(dir, version, "gazetteer.bin");
  if (existsSync(path)) {
    try {
      const g = deserialize(readFileSync(path)) as Gazetteer;
      if (g && Array.isArray(g.entries) && g.byId instanceof Map && Array.isArray(g.forms)) return g;
    } catch {
      // built again below
    }
  }
  const g = loadGazetteer(personsPath);
  try {
    mkdirSync(join(dir, version), { recursive: true });
    // (a temporary file, then a rename: a reader sees a whole copy or none)
    const tmp = `${path}.${process.pid}-${threadId}.tmp`;
    writeFileSync(tmp, serialize(g));
    renameSync(tmp, path);
  } catch {
    // a cache that cannot be written: built every time, as without one
  }
  return g;
}

export interface PruneOptions {
  /** Versions kept besides the current one: the most recently used (default 1, e.g. the other branch's). */
  readonly others?: number;
  /** A version used more recently than this (ms) is kept whatever its rank: a build may be using it. Default: an hour. */
  readonly idleMs?: number;
  readonly now?: number;
}

/** A pipeline version's folder name (see `pipelineVersion`). */
const VERSION_FOLDER = /^[0-9a-f]{16}$/;

/**
 * Marks `version` as used now and removes the caches of older pipeline versions, with their worker
 * bundles and build snapshots: every change to the pipeline's source starts a new version, and a corpus's cache is
 * about three times its size, so without this each update of Rabt would leave one behind. Keeps
 * the current version, the `others` most recently used ones, and any used within `idleMs`.
 * Returns the versions removed and the bytes freed.
 */
export function pruneCache(dir: string, version: string, { others = 1, idleMs = 3_600_000, now = Date.now() }: PruneOptions = {}): { removed: string[]; bytes: number } {
  mkdirSync(join(dir, version), { recursive: true });
  writeFileSync(join(dir, version, ".used"), "");
  const lastUse = (name: string) => {
    const used = join(dir, name, ".used");
    // a cache written before `.used` existed: its folder's time (it changes when a pack is added)
    return statSync(existsSync(used) ? used : join(dir, name)).mtimeMs;
  };
  const stale = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && VERSION_FOLDER.test(e.name) && e.name !== version)
    .map((e) => ({ name: e.name, used: lastUse(e.name) }))
    .sort((a, b) => b.used - a.used || (a.name < b.name ? -1 : 1))
    .slice(others)
    .filter((v) => now - v.used > idleMs);
  let bytes = 0;
  // snapshots written by older code, beside the versions (they now sit inside them): unreadable now
  for (const f of readdirSync(dir)) {
    if (/^snapshot-[0-9a-f]{16}\.bin$/.test(f)) {
      bytes += statSync(join(dir, f)).size;
      rmSync(join(dir, f), { force: true });
    }
  }
  for (const { name } of stale) {
    for (const f of readdirSync(join(dir, name))) bytes += statSync(join(dir, name, f)).size;
    rmSync(join(dir, name), { recursive: true, force: true });
    for (const bundle of [`analysis-worker-${name}.mjs`, `chunk-worker-${name}.mjs`]) {
      if (existsSync(join(dir, bundle))) {
        bytes += statSync(join(dir, bundle)).size;
        rmSync(join(dir, bundle), { force: true });
      }
    }
  }
  return { removed: stale.map((v) => v.name), bytes };
}
