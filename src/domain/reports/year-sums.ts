import { addMoney } from '../money';
import { KEY_WIDTH } from './year-cells';

/** One kind of a year row's cells: `width` numbers a cell (its count last), and an amount a cell. */
export interface PackedCells {
  cells: Int32Array;
  amounts: Float64Array;
}

/**
 * A delta's cells with each name index moved from the delta's names to another row's (`index`
 * hands out the other row's index of a name, adding it when new); counts stay as they are.
 */
export function renamed(
  delta: PackedCells,
  width: number,
  from: readonly string[],
  index: (name: string) => number,
): PackedCells {
  const cells = new Int32Array(delta.cells.length);
  for (let i = 0; i < cells.length; i++)
    cells[i] = i % width === width - 1 ? delta.cells[i] : index(from[delta.cells[i]]);
  return { cells, amounts: delta.amounts };
}

/** The index among the first `size` cells of the one whose key equals the cell at `at` of `key` (-1: none). */
function findCell(cells: Int32Array, size: number, width: number, key: Int32Array, at: number): number {
  for (let i = 0; i < size; i++) {
    let same = true;
    for (let k = 0; k < KEY_WIDTH && same; k++) same = cells[i * width + k] === key[at + k];
    if (same) return i;
  }
  return -1;
}

/**
 * Stored cells with deltas (named alike) added, keeping only those that still count a record: the
 * cells the deltas touch are summed, every other one is kept as it was, new ones come last in the
 * order they first appear. `dropped` says whether a cell went (its names may then be unused).
 */
export function addPackedCells(
  stored: PackedCells,
  delta: PackedCells,
  width: number,
): PackedCells & { dropped: boolean } {
  const room = stored.amounts.length + delta.amounts.length;
  const cells = new Int32Array(room * width);
  const amounts = new Float64Array(room);
  cells.set(stored.cells);
  amounts.set(stored.amounts);
  const last = width - 1;
  let size = stored.amounts.length;
  for (let j = 0; j < delta.amounts.length; j++) {
    const at = findCell(cells, size, width, delta.cells, j * width);
    if (at < 0) {
      cells.set(delta.cells.subarray(j * width, (j + 1) * width), size * width);
      amounts[size] = delta.amounts[j];
      size += 1;
    } else {
      amounts[at] = addMoney(amounts[at], delta.amounts[j]);
      cells[at * width + last] += delta.cells[j * width + last];
    }
  }
  let kept = 0;
  for (let i = 0; i < size; i++) {
    if (cells[i * width + last] <= 0) continue;
    if (kept !== i) {
      cells.copyWithin(kept * width, i * width, (i + 1) * width);
      amounts[kept] = amounts[i];
    }
    kept += 1;
  }
  return { cells: cells.slice(0, kept * width), amounts: amounts.slice(0, kept), dropped: kept < size };
}

/** Whether some of `names` no cell of either kind uses (cells `width` numbers each, the count last). */
export function someNameUnused(names: readonly string[], kinds: readonly [Int32Array, number][]): boolean {
  const used = new Uint8Array(names.length);
  for (const [cells, width] of kinds)
    for (let i = 0; i < cells.length; i++) if (i % width !== width - 1) used[cells[i]] = 1;
  return used.includes(0);
}
