/** Words at either end of a text, read without splitting the whole text (the rules ask for a few of them per trigger). */

/** The last `n` non-empty words of `text.split(" ")`, in order. */
export function lastWords(text: string, n: number): string[] {
  const out: string[] = [];
  let end = text.length;
  while (out.length < n && end > 0) {
    const space = text.lastIndexOf(" ", end - 1);
    if (space + 1 < end) out.push(text.slice(space + 1, end));
    end = space;
  }
  return out.reverse();
}

/** The first `n` non-empty words of `text.split(" ")`, in order. */
export function firstWords(text: string, n: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < n && start < text.length) {
    let space = text.indexOf(" ", start);
    if (space < 0) space = text.length;
    if (space > start) out.push(text.slice(start, space));
    start = space + 1;
  }
  return out;
}

/** `text.split(" ").slice(0, n).join(" ")`: the text up to its `n`-th space. */
export function upToSpace(text: string, n: number): string {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(" ", at + 1);
    if (at < 0) return text;
  }
  return text.slice(0, at);
}
