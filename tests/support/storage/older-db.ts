import { creditItemsOf, outstandingItems } from '../../../src/domain/credit/aging';
import { contactBalances } from '../../../src/domain/credit/balances';
import { kindLookup, openCreditKey } from '../../../src/domain/credit/open-items';
import { rollUpCredit } from '../../../src/domain/credit/rollups';
import type { AccountYearTotal } from '../../../src/domain/reports/account-rollups';
import { unpackAccountMonths } from '../../../src/domain/reports/account-years';
import { yearCells, type YearTotals } from '../../../src/domain/reports/year-cells';
import { EVERY_MONTH, unpackMonths } from '../../../src/domain/reports/year-rollups';
import { LumbungDb, type SchemaVersion } from '../../../src/storage';
import type { CellListYearRow } from '../../../src/storage/upgrade-v13';
import type { ItemListOpenCredit } from '../../../src/storage/upgrade-v15';
import { freshName } from './db';

/** The last schema whose app kept an entry's months in `monthlyTotals` as well as in its year row. */
const LAST_WITH_MONTHLY_TOTALS = 10;

/** The last schema whose year rows held their cells as lists of objects. */
const LAST_WITH_CELL_LISTS = 12;

/** The last schema whose open credit held each side's outstanding items as objects. */
const LAST_WITH_ITEM_LISTS = 14;

/** The last schema whose account months were rows of `accountMonths`, beside the account years. */
const LAST_WITH_ACCOUNT_MONTHS = 15;

/** A year row as the app of versions 9 to 12 stored it. */
const asCellList = (row: YearTotals): CellListYearRow => ({
  bookId: row.bookId,
  year: row.year,
  count: row.count,
  ...yearCells(row),
});

/** An account year as the app of versions 3 to 15 stored it, its months in `accountMonths`. */
const withoutMonths = ({ months: _months, ...row }: AccountYearTotal) => row;

/** A row of `table` as the app of version `verno` stored it. */
const asStoredAt = (verno: number, table: string, row: unknown): unknown =>
  table === 'yearTotals' && verno <= LAST_WITH_CELL_LISTS
    ? asCellList(row as YearTotals)
    : table === 'accountYears' && verno <= LAST_WITH_ACCOUNT_MONTHS
      ? withoutMonths(row as AccountYearTotal)
      : row;

/** Past every business date, as open credit counts. */
const END_OF_TIME = '9999-12-31';

/**
 * A database's open credit as the app of versions 10 to 14 kept it: each side's outstanding items
 * as objects, counted from its records as that app counted them (the rows say which sides exist).
 */
async function itemListOpenCredit(db: LumbungDb): Promise<ItemListOpenCredit[]> {
  const [rows, categories, entries, settlements, openingItems] = await Promise.all([
    db.openCredit.toArray(),
    db.categories.toArray(),
    db.entries.filter((e) => e.contactId !== undefined).toArray(),
    db.settlements.toArray(),
    db.openingItems.toArray(),
  ]);
  const kindOf = kindLookup(categories);
  const ofBook = <T extends { bookId: string }>(list: readonly T[], bookId: string) =>
    list.filter((r) => r.bookId === bookId);
  return rows.map(({ dueDates: _dueDates, remaining: _remaining, ...row }) => {
    const [own, opening] = [ofBook(entries, row.bookId), ofBook(openingItems, row.bookId)];
    const credit = rollUpCredit(own, kindOf, ofBook(settlements, row.bookId), opening);
    const balances = contactBalances(credit, END_OF_TIME);
    const items = outstandingItems(creditItemsOf(own, kindOf, opening), balances, END_OF_TIME);
    const key = openCreditKey(row);
    return { ...row, items: items.filter((i) => openCreditKey({ ...i, bookId: row.bookId }) === key) };
  });
}

/**
 * A database of an older schema holding what `fill` wrote through today's pipeline: `fill` runs on
 * a scratch database of the latest schema, then every table the older schema knows is copied over,
 * as that version's app would have left it (up to version 10 that app also kept `monthlyTotals`,
 * which today's pipeline leaves empty: its rows are unpacked from the year rows; up to version 12
 * its year rows held their cells as lists of objects; up to version 14 its open credit held each
 * side's items as objects; up to version 15 its account months were rows of `accountMonths`, the
 * account years without them). Returns the older
 * database, open, and what `fill` gave.
 */
export async function atOlderVersion<T>(
  name: string,
  versions: readonly SchemaVersion[],
  fill: (db: LumbungDb) => Promise<T>,
): Promise<{ old: LumbungDb; value: T }> {
  const scratch = new LumbungDb(freshName());
  const value = await fill(scratch);
  const old = new LumbungDb(name, versions);
  await old.open();
  for (const table of old.tables)
    await table.bulkAdd(
      table.name === 'openCredit' && old.verno <= LAST_WITH_ITEM_LISTS
        ? await itemListOpenCredit(scratch)
        : (await scratch.table(table.name).toArray()).map((row) => asStoredAt(old.verno, table.name, row)),
    );
  if (old.verno <= LAST_WITH_MONTHLY_TOTALS && old.tables.some((t) => t.name === 'monthlyTotals'))
    await old.monthlyTotals.bulkAdd(unpackMonths(await scratch.yearTotals.toArray(), EVERY_MONTH).monthly);
  if (old.verno <= LAST_WITH_ACCOUNT_MONTHS && old.tables.some((t) => t.name === 'accountMonths'))
    await old.accountMonths.bulkAdd(unpackAccountMonths(await scratch.accountYears.toArray()));
  await scratch.delete();
  return { old, value };
}
