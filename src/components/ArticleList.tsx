/**
 * The articles the data was built from (shown when nothing is selected), a page at a time: a
 * corpus of tens of thousands of articles would otherwise put every one in the document, and each
 * layout of the page (the timeline and graph measure theirs) would pay for all of them (see ShowMore).
 */
import type { ArticleMeta } from "../contract/schema.ts";
import { useT } from "../i18n/t.ts";
import { useAppStore } from "../store/index.ts";
import { ShowMore, useListPage } from "./ShowMore.tsx";

/** The first `shown` articles, then any article chosen in the filter that lies further down. */
export function listedArticles(articles: readonly ArticleMeta[], shown: number, chosen: readonly string[]): ArticleMeta[] {
  const head = articles.slice(0, shown);
  if (chosen.length === 0 || shown >= articles.length) return head;
  const wanted = new Set(chosen);
  return [...head, ...articles.slice(shown).filter((a) => wanted.has(a.id))];
}

export function ArticleList() {
  const graph = useAppStore((s) => s.graph);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const t = useT();
  const [shown, more] = useListPage("articles");
  if (!graph) return null;
  const total = graph.articles.length;
  return (
    <section className="panel" data-testid="article-list" aria-labelledby="articles-title">
      <h2 id="articles-title">{t("articles.title", { count: total })}</h2>
      <ul className="articles">
        {listedArticles(graph.articles, shown, filters.articleIds).map((a) => {
          const on = filters.articleIds.includes(a.id);
          return (
            <li key={a.id} className={on ? "on" : ""}>
              <p className="article-title" lang={a.lang} dir="rtl">
                {a.title}
              </p>
              <p className="muted">
                <bdi>{a.outlet || a.file}</bdi> · {a.published}
                {a.publishedInferred ? ` ${t("event.inferred")}` : ""} · {a.lang}
              </p>
              <button
                type="button"
                className="linklike small"
                aria-pressed={on}
                onClick={() => setFilters({ articleIds: on ? filters.articleIds.filter((x) => x !== a.id) : [...filters.articleIds, a.id] })}
              >
                {on ? t("articles.all") : t("articles.only")}
              </button>
            </li>
          );
        })}
      </ul>
      <ShowMore shown={shown} total={total} onMore={more} />
    </section>
  );
}
