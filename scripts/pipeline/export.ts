/**
 * Export stage: the graph as CSV (UTF-8, RFC 4180, `;` between ids in a cell), with the columns
 * the data contract promises first; extra columns may follow.
 */
import { stringify } from "csv-stringify/sync";
import type { Graph } from "../../src/contract/schema.ts";

const ids = (list: readonly string[]) => list.join(";");

function csv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return stringify([header as string[], ...(rows as (string | number)[][])], { record_delimiter: "\r\n"});
}

export function actorsCsv(graph: Graph): string {
  return csv(
    ["id", "kind", "label", "name_ar", "name_fa", "country", "wikidata", "article_ids", "mention_count", "name_en", "discovered"],
    graph.actors.map((a) => [
      a.id,
      a.kind,
      a.label,
      a.names.ar[0] ?? "",
      a.names.fa[0] ?? "",
      a.country ?? "",
      a.wikidata ?? "",
      ids(a.articleIds),
      a.mentionCount,
      a.names.en[0] ?? a.label,
      a.discovered ? "yes" : "",
    ]),
  );
}

export function eventsCsv(graph: Graph): string {
  return csv(
    [
      "id", "date_start", "date_end", "precision", "edtf", "cameo", "quad", "goldstein",
      "source_ids", "target_ids", "other_ids", "article_ids", "status", "evidence", "place", "date_text",
    ],
    graph.events.map((e) => [
      e.id,
      e.date.start,
      e.date.end,
      e.date.precision,
      e.date.edtf,
      e.cameo,
      e.quad,
      e.goldstein,
      ids(e.sourceIds),
      ids(e.targetIds),
      ids(e.otherIds),
      ids([...new Set(e.mentions.map((m) => m.articleId))]),
      e.modality,
      e.mentions[0]!.sentence,
      e.place ?? "",
      e.mentions[0]!.dateText ?? "",
    ]),
  );
}

export function relationsCsv(graph: Graph): string {
  return csv(
    ["source_id", "target_id", "events", "quad1", "quad2", "quad3", "quad4", "mean_goldstein", "first_date", "last_date"],
    graph.relations.map((r) => [r.sourceId, r.targetId, r.events, ...r.quad, r.meanGoldstein, r.firstDate, r.lastDate]),
  );
}
