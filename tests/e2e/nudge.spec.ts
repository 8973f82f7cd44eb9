import { expect, test } from '../support/e2e/app';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { createBook, record } from '../support/e2e/book';

const at = (local: string) => new Date(`${local}+08:00`);

test('the evening reminder, once on, reminds after its time when nothing was recorded today', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const page = app.page;
  await app.context.grantPermissions(['notifications']);
  // Every reminder shown is noted in the profile (reloads included), whichever way it is shown.
  await page.addInitScript(() => {
    const note = async (title: string) => {
      localStorage.setItem('test.reminders', `${localStorage.getItem('test.reminders') ?? ''}${title};`);
    };
    ServiceWorkerRegistration.prototype.showNotification = note;
  });
  const shown = () => page.evaluate(() => localStorage.getItem('test.reminders') ?? '');
  const home = async (local: string) => {
    await page.clock.setFixedTime(at(local));
    await page.goto('/#/');
    await page.reload();
    await expect(page.getByTestId('today-in')).toBeVisible();
  };

  await page.clock.setFixedTime(at('2026-11-20T19:30:00'));
  await createBook(page);
  await page.goto('/#/pengaturan');
  const card = page.getByRole('region', { name: 'Pengingat malam' });
  await expect(card.getByRole('button', { name: 'Nyalakan pengingat' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await card.getByRole('button', { name: 'Nyalakan pengingat' }).click();
  await expect(card.getByText('Pengingat menyala, pukul 19:00 (Asia/Makassar).')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expect.poll(shown).toBe('Belum ada catatan hari ini;');

  // Once a day only.
  await home('2026-11-20T20:00:00');
  // The next day: a sale in the afternoon, so the evening stays quiet.
  await home('2026-11-21T16:00:00');
  await record(page, 'Uang masuk', '50000', 'Penjualan');
  await home('2026-11-21T19:45:00');
  // The day after, nothing recorded: a reminder again, but not before its time.
  await home('2026-11-22T18:59:00');
  expect(await shown()).toBe('Belum ada catatan hari ini;');
  await home('2026-11-22T19:05:00');
  await expect.poll(shown).toBe('Belum ada catatan hari ini;Belum ada catatan hari ini;');
});
