import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from '../support/e2e/console';
import { collectCspViolations } from '../support/e2e/csp';
import { expectNoSeriousA11yViolations } from '../support/e2e/axe';
import { openAndCheck, signIn as signInAt } from '../support/e2e/office-pages';
import { startOfficeServer, type RunningServer } from '../support/e2e/office-server';
import { formatThousands } from '../../src/domain/money';
import { signStatement, statementJson } from '../../src/domain/statement';
import { tenunStatement } from '../support/domain/credit-statement-fixture';
import { TestDevice } from '../support/server/device';
import { TestOfficer } from '../support/server/officer';
import { creationRevisions, monthStatement, signedJson, testToday } from '../support/server/statement';

// The built server (npm run test:e2e builds dist-server/, dist-cli/ and dist-office/) on a free port.
let server: RunningServer | undefined;

test.beforeAll(async () => {
  // The embedded database's first start is slow on a busy machine.
  test.setTimeout(300_000);
  server = await startOfficeServer({
    username: 'admin',
    password: 'admin-password',
    branch: 'Pusat',
    role: 'admin',
  });
});
test.afterAll(async () => server?.stop());

/** The running server's address. */
const base = () => {
  if (!server) throw new Error('the server did not start');
  return server.url;
};

const signIn = (page: Page, username: string, password: string) => signInAt(page, base(), username, password);

/** Uploads a member's statement file on the branch's list, as received by WhatsApp, and opens it once ASLI. */
async function uploadAndOpen(page: Page, member: string, file: string): Promise<void> {
  const name = `laporan-${member}.json`;
  await page.getByLabel('Pilih berkas').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByTestId('upload-status')).toHaveText(`${name} diterima: ASLI.`);
  await expect(page.getByTestId('statement-rows')).toContainText(member);
  await page.getByTestId('upload-status').getByRole('link').click();
  await expect(page.getByTestId('verdict')).toHaveText('ASLI');
}

test('an admin adds an officer, who enrols a member and sees an uploaded statement ASLI with its witness report', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(context);
  const violations = await collectCspViolations(context);

  await page.goto(`${base()}/kantor/`);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Nama pengguna').fill('admin');
  await page.getByLabel('Kata sandi').fill('wrong-password');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('signin-error')).toHaveText('Nama pengguna atau kata sandi salah.');
  await signIn(page, 'admin', 'admin-password');

  await openAndCheck(page, 'Petugas', 'Petugas');
  await page.getByLabel('Nama pengguna').fill('rina');
  await page.getByLabel('Kata sandi (minimal 8 huruf)').fill('rina-password');
  await page.getByLabel('Cabang').fill('Maumere');
  await page.getByRole('button', { name: 'Tambah petugas' }).click();
  await expect(page.getByTestId('officers-message')).toHaveText('Petugas rina ditambahkan.');
  await openAndCheck(page, 'Cabang', 'Cabang');
  await expect(page.getByRole('heading', { name: 'Maumere' })).toBeVisible();
  await openAndCheck(page, 'Log audit', 'Log audit');
  await expect(page.getByTestId('audit')).toContainText('officer.add · rina');
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();

  await signIn(page, 'rina', 'rina-password');
  await expectNoSeriousA11yViolations(page);
  await openAndCheck(page, 'Daftarkan anggota', 'Daftarkan ponsel anggota');
  await page.getByLabel('Nomor anggota').fill('LAP-1');
  await page.getByLabel('Nama anggota').fill('Maria Goreti');
  await page.getByRole('button', { name: 'Buat kode' }).click();
  const code = (await page.getByTestId('enrolment-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await expect(page.getByRole('img', { name: 'QR berisi alamat server dan kode pendaftaran' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The member's phone, here a key in Node, enrols with the code and syncs the entry's revision.
  const phone = await TestDevice.create(base());
  const enrolled = await phone.send('POST', '/api/v1/devices', { code });
  expect(enrolled.status).toBe(201);
  const { statement, rows } = monthStatement('LAP-1', [{ id: 'e1', date: testToday(), amount: 125_000 }]);
  const bookId = randomUUID();
  const revisions = creationRevisions(bookId, rows);
  const wire = revisions.map((r) => ({
    seq: r.seq,
    prevHash: r.prevHash || null,
    hash: r.hash,
    ciphertext: 'AAAA',
  }));
  expect((await phone.send('PUT', `/api/v1/books/${bookId}/revisions`, { revisions: wire })).status).toBe(
    200,
  );
  const evidence = { witness: { bookId, revisions: revisions.map(({ hash: _hash, ...plain }) => plain) } };
  const file = await signedJson(statement, phone.signer(), evidence);

  await page.getByRole('link', { name: 'LAP-1' }).click();
  await expect(page.getByTestId('devices')).toContainText(`Kode perangkat ${enrolled.body.fingerprint}`);
  await expectNoSeriousA11yViolations(page);

  await openAndCheck(page, 'Laporan', 'Laporan cabang');
  await uploadAndOpen(page, 'LAP-1', file);
  await expect(page.getByTestId('witness')).toBeVisible();
  await expect(page.getByTestId('witness-never')).toHaveText('0 dari 1 (0%)');
  await expect(page.getByText('Rasio cabang Maumere: 60%.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(violations).toEqual([]);
  // The signed-out page asks for its session once and is told 401: the browser logs that load.
  expect(
    errors.filter((line) => !line.includes('status of 401') || !line.includes('/api/v1/session')),
  ).toEqual([]);
});

test('an officer uploads a statement with credit and sees it ASLI with its position and debts by age', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The member's phone enrols with a code the admin issues, and signs the tenun book's /2 statement.
  const admin = await TestOfficer.signIn(base(), 'admin', 'admin-password');
  const issued = await admin.send<{ code: string }>('POST', '/api/v1/enrolments', {
    memberNumber: 'KSP-0777',
    memberName: 'Ina Bala',
  });
  const phone = await TestDevice.create(base());
  expect((await phone.send('POST', '/api/v1/devices', { code: issued.body.code })).status).toBe(201);
  const statement = tenunStatement({ from: '2026-02-01', to: '2026-02-28' });
  const file = statementJson(await signStatement(statement, phone.signer()));

  await signIn(page, 'admin', 'admin-password');
  await openAndCheck(page, 'Laporan', 'Laporan cabang');
  await uploadAndOpen(page, 'KSP-0777', file);
  await expect(page.getByTestId('verify-position')).toContainText('Laporan posisi keuangan (neraca)');
  await expect(page.getByTestId('verify-closing-totalAssets')).toHaveText(
    formatThousands(statement.position.closing.totalAssets),
  );
  await expect(page.getByTestId('verify-position')).toContainText('Belum jatuh tempo');
  await expect(page.getByTestId('verify-aging-0-notDue')).toHaveText(
    formatThousands(statement.receivables.aging.notDue),
  );
  await expectNoSeriousA11yViolations(page);
});
