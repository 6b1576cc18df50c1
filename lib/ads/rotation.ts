/**
 * Picks one item with probability weight / total weight. `random` returns [0, 1) like
 * Math.random; tests inject their own. Items weighing 0 or less never win; an empty list gives null.
 * @example pickWeighted([{ weight: 3 }, { weight: 1 }], () => 0.8) // the second item
 */
export function pickWeighted<T extends { weight: number }>(items: readonly T[], random: () => number = Math.random): T | null {
  const live = items.filter((i) => i.weight > 0);
  const total = live.reduce((sum, i) => sum + i.weight, 0);
  if (total <= 0) return null;
  let point = random() * total;
  for (const item of live) {
    point -= item.weight;
    if (point < 0) return item;
  }
  // Only reached when random() returned 1 or rounding left a sliver: the last item owns the top.
  return live[live.length - 1];
}

/** One weighted pick per slot among the eligible creatives of the page. */
export function pickPerSlot<S extends string, T extends { slot: S; weight: number }>(
  creatives: readonly T[],
  random: () => number = Math.random,
): Partial<Record<S, T>> {
  const bySlot = new Map<S, T[]>();
  for (const c of creatives) bySlot.set(c.slot, [...(bySlot.get(c.slot) ?? []), c]);
  const out: Partial<Record<S, T>> = {};
  for (const [slot, list] of bySlot) {
    const chosen = pickWeighted(list, random);
    if (chosen) out[slot] = chosen;
  }
  return out;
}
