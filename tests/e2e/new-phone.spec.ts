import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  generateSigningKeyPair,
  signerFromKeyPair,
  signHandover,
  type StatementFile,
} from '../../src/domain/statement';
import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, MEMBER_MARIA, openDataScreen, record } from '../support/e2e/book';
import { dayLastMonth, makeStatement, officerDesk } from '../support/e2e/statement';
import { newPhoneContext } from '../support/e2e/sync-card';

/** Opens Settings' "Pindah ke ponsel baru" at the given part (new phone or old phone). */
async function openMove(page: Page, part: 'Ini ponsel baru' | 'Ini ponsel lama') {
  await page.goto('/#/pengaturan');
  const card = page.getByRole('region', { name: 'Pindah ke ponsel baru' });
  await card.getByText(part, { exact: true }).click();
  return card;
}

test('a member moves to a new phone: the old phone hands over, and the officer still sees ASLI', async ({
  app,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const oldPhone = app.page;
  await createBook(oldPhone, MEMBER_MARIA);
  await record(oldPhone, 'Uang masuk', '2500000', 'Penjualan', { date: dayLastMonth(10) });
  const first = await makeStatement(oldPhone, 'lama');
  const oldFile = JSON.parse(readFileSync(first.json, 'utf8')) as StatementFile;
  const oldCode = oldFile.signature.fingerprint;

  // The officer registers the old phone's code from its statement.
  const desk = await officerDesk(browser, baseURL);
  const choose = desk.page.getByLabel('Pilih berkas laporan');
  await choose.setInputFiles(first.json);
  await expect(desk.page.getByTestId('verdict')).toHaveText('ASLI', { timeout: 20_000 });
  await desk.page.getByRole('button', { name: 'Daftarkan kode ini untuk anggota' }).click();
  await expect(desk.page.getByText(/Cocok: kode ini terdaftar untuk anggota KD-0417/)).toBeVisible();

  // A backup carries the book to the new phone, but never the signing key.
  await oldPhone.goto('/#/');
  await openDataScreen(oldPhone);
  await oldPhone.getByRole('button', { name: 'Buat cadangan' }).click();
  const [download] = await Promise.all([
    oldPhone.waitForEvent('download'),
    oldPhone.getByRole('button', { name: 'Simpan ke perangkat' }).click(),
  ]);
  const backup = test.info().outputPath('cadangan.json');
  await download.saveAs(backup);

  const newContext = await newPhoneContext(browser, baseURL);
  try {
    const newPhone = await newContext.newPage();
    await newPhone.goto('/');
    await newPhone.getByLabel('Pilih berkas cadangan').setInputFiles(backup);
    await newPhone.getByRole('button', { name: 'Pulihkan' }).click();
    await expect(newPhone.getByTestId('today-in')).toBeVisible();

    // Without a handover the new phone's statement is DIUBAH for the officer: another device code.
    const before = await makeStatement(newPhone, 'baru-tanpa');
    await choose.setInputFiles(before.json);
    await expect(desk.page.getByTestId('verdict')).toHaveText('DIUBAH', { timeout: 20_000 });
    await expect(desk.page.getByText('AWAS: kode perangkat berbeda!')).toBeVisible();

    // The new phone shows its code; the old phone reads it, confirms the device code and signs.
    const newCard = await openMove(newPhone, 'Ini ponsel baru');
    await expect(newCard.getByText(/Datanglah ke cabang koperasi/)).toBeVisible();
    const keyCode = await newCard.getByLabel('Kode ponsel ini untuk serah terima').inputValue();
    expect(keyCode).toMatch(/^LMBK1\./);
    await expectNoSeriousA11yViolations(newPhone);
    const newCode = (await newPhone.getByTestId('device-fingerprint').textContent()) ?? '';

    const oldCard = await openMove(oldPhone, 'Ini ponsel lama');
    await oldCard.getByLabel('Kode dari ponsel baru').fill(keyCode);
    await expect(oldCard.getByTestId('handover-target')).toHaveText(newCode);
    await oldCard.getByRole('button', { name: 'Serahkan ke ponsel baru ini' }).click();
    const handover = await oldCard.getByLabel('Kode serah terima', { exact: true }).inputValue();
    expect(handover).toMatch(/^LMBH1\./);
    await expectNoSeriousA11yViolations(oldPhone);

    await newCard.getByLabel('Kode serah terima dari ponsel lama').fill(handover);
    await newCard.getByRole('button', { name: 'Simpan serah terima' }).click();
    await expect(newCard.getByText('Serah terima tersimpan.', { exact: false })).toBeVisible();
    await expect(newCard.getByTestId('handover-kept')).toBeVisible();

    // The new phone's statement carries the handover: ASLI, and the verdict says how.
    const after = await makeStatement(newPhone, 'baru');
    await choose.setInputFiles(after.json);
    await expect(desk.page.getByTestId('verdict')).toHaveText('ASLI', { timeout: 20_000 });
    await expect(
      desk.page.getByText(`Perangkat baru, diserahkan oleh perangkat terdaftar ${oldCode}`, { exact: false }),
    ).toBeVisible();
    await expect(desk.page.getByTestId('signer-fingerprint')).toHaveText(newCode);
    await expect(desk.page.getByText('AWAS: kode perangkat berbeda!')).toHaveCount(0);
    await expectNoSeriousA11yViolations(desk.page);

    // A handover naming the old phone but signed by another key is DIUBAH.
    const file = JSON.parse(readFileSync(after.json, 'utf8')) as StatementFile;
    const stranger = await signerFromKeyPair(await generateSigningKeyPair());
    const impostor = { privateKey: stranger.privateKey, publicKey: oldFile.signature.publicKey };
    file.signature.handovers = (await signHandover(impostor, file.signature.publicKey, new Date())) ?? [];
    await choose.setInputFiles({
      name: 'laporan-palsu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(desk.page.getByTestId('verdict')).toHaveText('DIUBAH', { timeout: 20_000 });
    await expect(desk.page.getByText(/serah terima palsu/).first()).toBeVisible();
  } finally {
    await newContext.close();
    await desk.context.close();
  }
});
