/**
 * Kendall's rank correlation, tau-b: +1 when two scorings order every pair the same way, -1 when
 * they order every pair oppositely. The "b" variant corrects for ties, which matter here: the
 * median of three integer scores ties often.
 *
 * Knight's O(n log n) method: sort by (x, y), count the pairs tied in x, in y and in both, then
 * count discordant pairs as the inversions a merge sort removes when it sorts the y sequence.
 * (A jury simulation compares thousands of proposals many times; O(n^2) would dominate it.)
 *
 * Returns NaN when one side is constant (every pair tied), where tau-b is undefined.
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new RangeError('both scorings must cover the same items');
  const n = x.length;
  const pairs = (n * (n - 1)) / 2;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]! || y[a]! - y[b]!);

  let tiedX = 0;
  let tiedBoth = 0;
  for (let start = 0; start < n;) {
    let endX = start;
    while (endX + 1 < n && x[order[endX + 1]!] === x[order[start]!]) endX++;
    tiedX += pairsIn(endX - start + 1);
    // Within an x-tie the y values are sorted, so joint ties are consecutive runs.
    for (let run = start; run <= endX;) {
      let endY = run;
      while (endY + 1 <= endX && y[order[endY + 1]!] === y[order[run]!]) endY++;
      tiedBoth += pairsIn(endY - run + 1);
      run = endY + 1;
    }
    start = endX + 1;
  }

  const ys = Float64Array.from(order, (i) => y[i]!);
  const discordant = countInversions(ys);
  let tiedY = 0;
  for (let start = 0; start < n;) {
    let end = start;
    while (end + 1 < n && ys[end + 1] === ys[start]) end++;
    tiedY += pairsIn(end - start + 1);
    start = end + 1;
  }

  const numerator = pairs - tiedX - tiedY + tiedBoth - 2 * discordant;
  const denominator = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

/** Tau-b between two orderings of the same ids (best first in both). */
export function kendallTauOfOrders(first: readonly string[], second: readonly string[]): number {
  const position = new Map(second.map((id, i) => [id, i]));
  if (position.size !== first.length || first.some((id) => !position.has(id))) {
    throw new RangeError('both orders must contain the same ids exactly once');
  }
  return kendallTauB(
    first.map((_, i) => -i),
    first.map((id) => -position.get(id)!),
  );
}

function pairsIn(size: number): number {
  return (size * (size - 1)) / 2;
}

/**
 * Sorts `values` ascending in place (bottom-up merge sort) and returns the number of strict
 * inversions (i < j with values[i] > values[j]); equal values are not counted.
 */
function countInversions(values: Float64Array): number {
  const n = values.length;
  let source: Float64Array = values;
  let target: Float64Array = new Float64Array(n);
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = mid;
      let k = left;
      while (i < mid && j < right) {
        if (source[j]! < source[i]!) {
          inversions += mid - i;
          target[k++] = source[j++]!;
        } else {
          target[k++] = source[i++]!;
        }
      }
      while (i < mid) target[k++] = source[i++]!;
      while (j < right) target[k++] = source[j++]!;
    }
    [source, target] = [target, source];
  }
  if (source !== values) values.set(source);
  return inversions;
}
