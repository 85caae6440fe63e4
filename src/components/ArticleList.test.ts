import { describe, expect, it } from "vitest";
import type { ArticleMeta } from "../contract/schema.ts";
import { listedArticles } from "./ArticleList.tsx";
import { LIST_PAGE } from "./ShowMore.tsx";

const article = (i: number): ArticleMeta => ({
  id: `a${String(i).padStart(5, "0")}`,
  file: `a${i}.txt`,
  lang: i % 2 ? "fa" : "ar",
  title: `مقال ${i}`,
  outlet: "Outlet",
  published: "2024-01-01",
  publishedInferred: false,
  chunk: "articles-000",
});

describe("listedArticles (the article list, a page at a time)", () => {
  const corpus = Array.from({ length: 50_000 }, (_, i) => article(i));

  it("lists one page of a large corpus, not every article", () => {
    const listed = listedArticles(corpus, LIST_PAGE, []);
    expect(listed).toHaveLength(LIST_PAGE);
    expect(listed[0]!.id).toBe("a00000");
  });

  it("lists a small corpus whole", () => {
    expect(listedArticles(corpus.slice(0, 5), LIST_PAGE, [])).toHaveLength(5);
  });

  it("keeps an article chosen in the filter in view even when it lies beyond the page", () => {
    const listed = listedArticles(corpus, LIST_PAGE, ["a40000", "a00003"]);
    expect(listed).toHaveLength(LIST_PAGE + 1);
    expect(listed.at(-1)!.id).toBe("a40000");
  });

  it("grows by a page each time more are asked for", () => {
    expect(listedArticles(corpus, 3 * LIST_PAGE, [])).toHaveLength(3 * LIST_PAGE);
  });
});
