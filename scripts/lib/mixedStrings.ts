import { mulberry32 } from "./prng.ts";

/**
 * `count` strings of up to 23 pieces drawn from `pieces`, deterministic for a seed: inputs on
 * which the tests compare a fast path with the plain code it replaces.
 */
export function mixedStrings(pieces: readonly string[], count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  return Array.from({ length: count }, () => Array.from({ length: pick(24) }, () => pieces[pick(pieces.length)]!).join(""));
}
