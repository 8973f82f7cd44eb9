import { signStatement, statementJson } from '../../src/domain/statement';
import { busyShopStatement } from '../support/domain/busy-book';
import { testSigner } from '../support/domain/statement-fixture';
import { expect, test } from '../support/e2e/app';

test('the officer checks a busy shop’s compact statement in a worker, and sees a changed row', async ({
  app,
}) => {
  const page = app.page;
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const json = statementJson(await signStatement(busyShopStatement(3_000), await testSigner()));
  expect(json).toContain('"codes"');

  await page.goto('/#/periksa');
  await expect(page.getByRole('heading', { name: 'Periksa laporan', level: 1 })).toBeVisible();
  const choose = page.getByLabel('Pilih berkas laporan');
  await choose.setInputFiles({
    name: 'laporan-toko-ramai.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  await expect(page.getByTestId('verdict')).toHaveText('ASLI', { timeout: 30_000 });
  expect(workers.some((url) => /verify-worker/.test(url))).toBe(true);

  // One sale's amount changed after signing: the officer reads which figures no longer add up.
  const line = json.split('\n').find((l) => l.includes('-000000000005"')) ?? '';
  const changed = json.replace(
    line,
    line.replace(/,(\d+),/, (_, amount: string) => `,${Number(amount) + 1000},`),
  );
  await choose.setInputFiles({
    name: 'laporan-diubah.json',
    mimeType: 'application/json',
    buffer: Buffer.from(changed),
  });
  await expect(page.getByTestId('verdict')).toHaveText('DIUBAH', { timeout: 30_000 });
  await expect(
    page.getByText('Tanda tangan tidak cocok: laporan diubah setelah ditandatangani.'),
  ).toBeVisible();
  await expect(page.locator('main')).toContainText(/Pendapatan usaha tertulis Rp\s[\d.]+, hasil hitung Rp/);
});
