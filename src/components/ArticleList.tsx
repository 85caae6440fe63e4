/** The articles the data was built from (shown when nothing is selected). */
import { useT } from "../i18n/t.ts";
import { useAppStore } from "../store/index.ts";

export function ArticleList() {
  const graph = useAppStore((s) => s.graph);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const t = useT();
  if (!graph) return null;
  return (
    <section className="panel" data-testid="article-list" aria-labelledby="articles-title">
      <h2 id="articles-title">{t("articles.title", { count: graph.articles.length })}</h2>
      <ul className="articles">
        {graph.articles.map((a) => {
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
    </section>
  );
}
