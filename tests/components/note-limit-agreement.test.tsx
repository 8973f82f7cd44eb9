import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { importCheck } from '../../src/cli/import-check';
import { parseImportCsv, planImport } from '../../src/domain/csv';
import type { Account, Category, EntryFields } from '../../src/domain/model';
import { EntryForm } from '../../src/features/entry/EntryForm';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { importBatch } from '../../src/storage';
import { freshDb, makeBook } from '../support/storage/db';
import { csvWithNote, EMOJI_NOTE_CASES, emojiNote } from '../support/domain/emoji-notes';

const at = '2026-03-01T00:00:00.000Z';
const categories: Category[] = [
  { id: 'c-sales', bookId: 'b', name: 'Penjualan', kind: 'pendapatan', hidden: false, createdAt: at },
];
const accounts: Account[] = [
  { id: 'a-kas', bookId: 'b', name: 'Kas', type: 'cash', hidden: false, createdAt: at },
];
const dir = mkdtempSync(join(tmpdir(), 'lumbung-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whether the entry form saves the note (true) or says it is too long (false). */
async function formAccepts(note: string): Promise<boolean> {
  const onSubmit = vi.fn<(fields: EntryFields, reason: string) => Promise<string | null>>(async () => null);
  render(
    <I18nProvider language="id">
      <EntryForm
        direction="in"
        initial={{
          digits: '',
          categoryId: 'c-sales',
          accountId: 'a-kas',
          date: '2026-03-14',
          note: '',
          counterparty: '',
        }}
        categories={categories}
        accounts={accounts}
        submitLabel="Simpan"
        onSubmit={onSubmit}
        onCreateCategory={async () => ({ id: 'new' })}
      />
    </I18nProvider>,
  );
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Jumlah'), '25000');
  await user.click(screen.getByText('Tambah catatan'));
  await user.click(screen.getByLabelText('Catatan'));
  await user.paste(note);
  await user.click(screen.getByRole('button', { name: 'Simpan' }));
  const refused = screen.queryByText('Catatan paling panjang 500 huruf.') !== null;
  const saved = onSubmit.mock.calls.some(([fields]) => fields.note === note);
  expect(saved).toBe(!refused);
  return saved;
}

/** Whether the import preview (the domain's parse and plan) takes the file. */
function previewAccepts(csv: string): boolean {
  const parsed = parseImportCsv(csv);
  return parsed.ok && planImport(parsed.rows, { categories, accounts }).ok;
}

/** Whether storage's import writes a sale carrying the note, past any preview. */
async function importAccepts(note: string): Promise<boolean> {
  const db = freshDb();
  const t = await makeBook(db);
  const row = { line: 2, date: '2026-03-14', direction: 'in' as const, amount: 25_000, note };
  const batch = {
    importId: crypto.randomUUID(),
    newAccounts: [],
    newCategories: [],
    entries: [{ ...row, categoryName: 'Penjualan', accountName: 'Kas' }],
    transfers: [],
  };
  const imported = await importBatch(db, t.book.id, batch);
  const stored = await db.entries.where('bookId').equals(t.book.id).toArray();
  db.close();
  expect(stored.length === 1 && stored[0]?.note === note).toBe(imported.ok);
  return imported.ok;
}

/** Whether `lumbung import-check` passes the file (exit 0). */
async function cliAccepts(csv: string, name: string): Promise<boolean> {
  const path = join(dir, name);
  writeFileSync(path, csv);
  const { exitCode } = await importCheck([path]);
  return exitCode === 0;
}

describe('a note counted in characters, the same way everywhere', () => {
  it.each(EMOJI_NOTE_CASES)(
    'a note of $count emoji: the form, the preview, the import and the CLI all say accepted = $accepted',
    async ({ count, accepted }) => {
      const note = emojiNote(count);
      const csv = csvWithNote(note);
      expect({
        form: await formAccepts(note),
        preview: previewAccepts(csv),
        import: await importAccepts(note),
        cli: await cliAccepts(csv, `note-${count}.csv`),
      }).toEqual({ form: accepted, preview: accepted, import: accepted, cli: accepted });
    },
    30_000,
  );
});
