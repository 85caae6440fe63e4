/**
 * CAMEO root families (the first two digits of an event code). Their names are interface text:
 * they live in the message catalogue (`cameo.01` … `cameo.20`, area `timeline`) and reach the
 * engine through `TimelineLabels.cameoFamilies`.
 */

/** The root family of a CAMEO code: `"0412"` → `"04"`. */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** Lane label of a root family, `"04 Consult"`; unknown roots show their digits alone. */
export function cameoRootLabel(root: string, names: Readonly<Record<string, string>>): string {
  const name = names[root];
  return name ? `${root} ${name}` : root;
}

/** The root family names of a message catalogue: its `cameo.NN` entries, keyed by `NN`. */
export function cameoFamiliesFrom(messages: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(messages)) if (/^cameo\.\d\d$/.test(key)) out[key.slice(6)] = text;
  return out;
}
