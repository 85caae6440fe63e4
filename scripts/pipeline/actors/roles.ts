/** Office holders: who holds a role in a country on a date. */
import type { Role } from "../../../src/contract/schema.ts";
import type { ActorEntry } from "../types.ts";
// ---------------------------------------------------------------------------------------------
// roles

/** The person holding `role` in `country` on `date`; the latest-starting holder when several match. */
export function holderOf(byId: ReadonlyMap<string, ActorEntry>, role: string, country: string, date: string): string | undefined {
  let best: { id: string; start: string } | undefined;
  for (const { id, r } of officesOf(byId, role, country)) {
    if (!inOffice(r, date)) continue;
    const start = r.start ?? "";
    if (!best || start > best.start) best = { id, start };
  }
  return best?.id;
}

interface Office {
  readonly id: string;
  readonly r: Role;
}

/**
 * For each actor table: the persons' offices by role and by country (or organisation), in the
 * table's order then each person's (a table is never changed once read). A title asks for one role
 * in one country: this skips every other country's holders.
 */
const OFFICES = new WeakMap<ReadonlyMap<string, ActorEntry>, Map<string, Office[]>>();

function officesOf(byId: ReadonlyMap<string, ActorEntry>, role: string, country: string): readonly Office[] {
  let index = OFFICES.get(byId);
  if (!index) {
    index = new Map();
    for (const e of byId.values()) {
      if (e.kind !== "person") continue;
      for (const r of e.roles ?? []) {
        // an organisation's office (Hezbollah's secretary-general) is asked for by the organisation's id
        const key = officeKey(r.role, r.organisation ? r.organisation : r.country);
        const list = index.get(key);
        if (list) list.push({ id: e.id, r });
        else index.set(key, [{ id: e.id, r }]);
      }
    }
    OFFICES.set(byId, index);
  }
  return index.get(officeKey(role, country)) ?? [];
}

const officeKey = (role: string, country: string | undefined) => `${role}\u0000${country}`;

function inOffice(r: Role, date: string): boolean {
  return (!r.start || r.start <= date) && (!r.end || date <= r.end);
}

export function roleAt(e: ActorEntry | undefined, date: string): { role: string; country: string } | undefined {
  const o = officeAt(e, date);
  return o ? { role: o.role, country: o.country } : undefined;
}


/** The office a person held on `date` (the first recorded that day), with its term; open ends read as always. */
export function officeAt(e: ActorEntry | undefined, date: string): { role: string; country: string; organisation?: string; start: string; end: string } | undefined {
  const r = (e?.roles ?? []).find((x) => inOffice(x, date));
  if (!r) return undefined;
  return { role: r.role, country: r.country, ...(r.organisation ? { organisation: r.organisation } : {}), start: r.start ?? "", end: r.end ?? "9999-12-31" };
}
