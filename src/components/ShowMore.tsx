/**
 * Long lists a page at a time. A large corpus gives an actor tens of thousands of events; putting
 * every one in the document froze the page for seconds on each selection, and every later layout
 * paid for them too. A list shows `LIST_PAGE` rows and a button that adds a page.
 */
import { useState } from "react";
import { useT } from "../i18n/t.ts";

/** Rows listed at first, and added by each "more". */
export const LIST_PAGE = 100;

/** How many rows to list: one page, a page more per `more()`, one page again when `resetKey` changes. */
export function useListPage(resetKey: string): readonly [shown: number, more: () => void] {
  const [state, setState] = useState({ key: resetKey, shown: LIST_PAGE });
  const shown = state.key === resetKey ? state.shown : LIST_PAGE;
  return [shown, () => setState({ key: resetKey, shown: shown + LIST_PAGE })];
}

/** "100 of 2,345 listed. [List 100 more]" under a list that is not shown whole; nothing otherwise. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const t = useT();
  const rest = total - shown;
  if (rest <= 0) return null;
  return (
    <p className="more">
      <span className="muted" role="status">
        {t("list.shown", { shown, total })}
      </span>{" "}
      <button type="button" className="small" data-testid="list-more" onClick={onMore}>
        {t("list.more", { count: Math.min(LIST_PAGE, rest) })}
      </button>
    </p>
  );
}
