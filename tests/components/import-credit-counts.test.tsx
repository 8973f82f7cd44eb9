import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportCard } from '../../src/features/data/ImportCard';
import { loadMessages } from '../../src/i18n/translate';
import { InSession } from '../support/components/session';
import { freshDb, makeBook } from '../support/storage/db';

beforeAll(() => loadMessages('data'));

async function importing(fixture: string) {
  const db = freshDb();
  const t = await makeBook(db);
  render(
    <InSession db={db} book={t.book} today="2026-03-01">
      <ImportCard />
    </InSession>,
  );
  const user = userEvent.setup();
  const bytes = readFileSync(`tests/fixtures/${fixture}`);
  // jsdom's File cannot read itself back; the browser's can.
  const file = Object.assign(new File([bytes], fixture, { type: 'text/csv' }), {
    arrayBuffer: async () => new Uint8Array(bytes).buffer,
  });
  await user.upload(screen.getByLabelText('Pilih berkas CSV'), file);
  await screen.findByRole('region', { name: 'Periksa sebelum menyimpan' });
  return user;
}

describe('the CSV import of a book with debts and stock', () => {
  it('counts its contacts, settlements, stock counts and opening items in the preview and when done', async () => {
    const user = await importing('tenun-ina-2026q1.csv');
    const also =
      'Juga 3 kontak baru, 3 pembayaran piutang atau utang, 3 hitung stok dan 2 piutang atau utang awal.';
    expect(screen.getByTestId('import-credit').textContent).toBe(also);
    await user.click(screen.getByRole('button', { name: /^Impor 22 baris/ }));
    expect((await screen.findByTestId('import-done', {}, { timeout: 20_000 })).textContent).toBe(
      `Impor selesai: 13 catatan dan 1 pindah dana. ${also}`,
    );
  });

  it('says nothing of debts for a file without them', async () => {
    await importing('excel-id-semicolon.csv');
    expect(screen.queryByTestId('import-credit')).toBeNull();
  });
});
