// Offset ranges (code, translations): membership by binary search.

/** True when `offset` lies in one of `ranges`, which are sorted by start and do not overlap. */
export function within(ranges: readonly (readonly [number, number])[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid]!;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}
