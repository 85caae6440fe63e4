/** Office holders: who holds a role in a country on a date. */
import type { Role } from "../../../src/contract/schema.ts";
import type { ActorEntry } from "../types.ts";
// ---------------------------------------------------------------------------------------------
// roles

/** The person holding `role` in `country` on `date`; the latest-starting holder when several match. */
export function holderOf(byId: ReadonlyMap<string, ActorEntry>, role: string, country: string, date: string): string | undefined {
  let best: { id: string; start: string } | undefined;
  for (const e of holdersOf(byId, role)) {
    if (e.kind !== "person") continue;
    for (const r of e.roles ?? []) {
      // an organisation's office (Hezbollah's secretary-general) is asked for by the organisation's id
      const holds = r.organisation ? r.organisation === country : r.country === country;
      if (r.role !== role || !holds || !inOffice(r, date)) continue;
      const start = r.start ?? "";
      if (!best || start > best.start) best = { id: e.id, start };
    }
  }
  return best?.id;
}

/** For each actor table: the persons with each role, in the table's order (a table is never changed once read). */
const BY_ROLE = new WeakMap<ReadonlyMap<string, ActorEntry>, Map<string, ActorEntry[]>>();

function holdersOf(byId: ReadonlyMap<string, ActorEntry>, role: string): readonly ActorEntry[] {
  let index = BY_ROLE.get(byId);
  if (!index) {
    index = new Map();
    for (const e of byId.values()) {
      if (e.kind !== "person") continue;
      for (const r of new Set((e.roles ?? []).map((x) => x.role))) {
        const list = index.get(r);
        if (list) list.push(e);
        else index.set(r, [e]);
      }
    }
    BY_ROLE.set(byId, index);
  }
  return index.get(role) ?? [];
}

function inOffice(r: Role, date: string): boolean {
  return (!r.start || r.start <= date) && (!r.end || date <= r.end);
}

export function roleAt(e: ActorEntry | undefined, date: string): { role: string; country: string } | undefined {
  const r = (e?.roles ?? []).find((x) => inOffice(x, date));
  return r ? { role: r.role, country: r.country } : undefined;
}

