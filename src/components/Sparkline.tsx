/** A tiny SVG of event counts over time (per month), for relation rows. */
import type { RabtEvent } from "../contract/schema.ts";

export function Sparkline({ events, width = 80, height = 18 }: { events: readonly RabtEvent[]; width?: number; height?: number }) {
  if (!events.length) return null;
  const months = events.map((e) => e.date.start.slice(0, 7)).sort();
  const first = monthIndex(months[0]!);
  const last = Math.max(monthIndex(months[months.length - 1]!), first + 1);
  const bins = new Array(last - first + 1).fill(0) as number[];
  for (const m of months) bins[monthIndex(m) - first]! += 1;
  const max = Math.max(...bins);
  const step = width / bins.length;
  return (
    <svg className="sparkline" width={width} height={height} role="img" aria-label={`${events.length} events from ${months[0]} to ${months[months.length - 1]}`}>
      {bins.flatMap((n, i) => (n ? [{ month: first + i, n, x: i * step }] : [])).map(({ month, n, x }) => (
        <rect key={month} x={x} y={height - (n / max) * height} width={Math.max(1, step - 0.5)} height={(n / max) * height} />
      ))}
    </svg>
  );
}

function monthIndex(ym: string): number {
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
}
