import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_STATEMENT_FILE_BYTES, megabytes } from '../../src/domain/limits';
import {
  generateSigningKeyPair,
  signerFromKeyPair,
  signStatement,
  statementJson,
  type StatementFile,
  type StatementSigner,
} from '../../src/domain/statement';
import { makeStatementDocuments } from '../../src/domain/statement/documents';
import { VerifyScreen } from '../../src/features/verify/VerifyScreen';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { statementLabels } from '../../src/i18n/statement-labels';
import { repaintFigure } from '../support/domain/forge-pdf';
import { tinyStatement } from '../support/domain/tiny-book';

let signer: StatementSigner;
let file: StatementFile;

beforeAll(async () => {
  signer = await signerFromKeyPair(await generateSigningKeyPair());
  file = await signStatement(tinyStatement(), signer);
});

function renderScreen() {
  render(
    <I18nProvider language="id">
      <VerifyScreen backHref="#/" />
    </I18nProvider>,
  );
  return userEvent.setup();
}

async function open(user: ReturnType<typeof userEvent.setup>, content: BlobPart, name: string) {
  await user.upload(screen.getByLabelText('Pilih berkas laporan'), new File([content], name));
  return screen.findByTestId('verdict', {}, { timeout: 5000 });
}

describe('Periksa laporan', () => {
  it('says ASLI for a genuine statement, with the reasons and what the signature proves', async () => {
    const user = renderScreen();
    const verdict = await open(user, statementJson(file), 'laporan-2026-02-2026-02.json');
    expect(verdict).toHaveProperty('textContent', 'ASLI');
    expect(screen.getByText(/Tanda tangan sah: isi laporan tidak berubah/)).toBeTruthy();
    expect(screen.getByText(/Semua angka cocok/)).toBeTruthy();
    expect(screen.getByText(/Tidak membuktikan:/)).toBeTruthy();
    expect(screen.getByTestId('signer-fingerprint').textContent).toBe(file.signature.fingerprint);
    // The statement itself, as text.
    expect(screen.getByText('Kopdit Obor Mas')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Kedisiplinan pencatatan' })).toBeTruthy();
  });

  it('says DIUBAH for a statement whose figure was changed after signing', async () => {
    const altered = structuredClone(file);
    altered.statement.profitAndLoss.revenue += 1_000_000;
    const user = renderScreen();
    const verdict = await open(user, statementJson(altered), 'laporan.json');
    expect(verdict).toHaveProperty('textContent', 'DIUBAH');
    expect(screen.getByText(/Tanda tangan tidak cocok: laporan diubah setelah ditandatangani/)).toBeTruthy();
    expect(
      screen.getByText('Pendapatan usaha tertulis Rp 2.250.000, hasil hitung Rp 1.250.000.'),
    ).toBeTruthy();
    // One reason per cause: no second, vaguer line for the same signature or figure failure.
    expect(screen.queryByText(/Tanda tangan tidak sah atau tidak ada/)).toBeNull();
    expect(screen.queryByText(/profitAndLoss/)).toBeNull();
    expect(screen.getAllByText(/Tanda tangan/)).toHaveLength(1);
  });

  it('warns loudly when the statement’s member is not registered on this device', async () => {
    const user = renderScreen();
    const verdict = await open(user, statementJson(file), 'laporan.json');
    expect(verdict.textContent).toBe('ASLI');
    const alarm = screen.getByTestId('unregistered');
    expect(alarm.getAttribute('role')).toBe('alert');
    expect(alarm.textContent).toMatch(/AWAS: anggota belum terdaftar!.*Anggota 17 belum terdaftar/);
  });

  it('says DIUBAH for a member number with a lookalike hyphen, signed by a key of its own', async () => {
    const forger = await signerFromKeyPair(await generateSigningKeyPair());
    const forged = await signStatement(tinyStatement({ memberNumber: 'KD-0042' }), forger);
    forged.statement.business.memberNumber = 'KD\u20110042';
    const user = renderScreen();
    const verdict = await open(user, statementJson(await signStatement(forged.statement, forger)), 'l.json');
    expect(verdict.textContent).toBe('DIUBAH');
    expect(screen.getByText(/Nomor anggota “KD\u20110042” tidak ditulis seperti.*U\+2011/)).toBeTruthy();
  });

  it('says ASLI for the PDF as made, and DIUBAH once a figure on its pages is repainted', async () => {
    const made = await makeStatementDocuments(tinyStatement(), signer, {
      labels: statementLabels('id'),
      xlsx: false,
    });
    const user = renderScreen();
    expect(await open(user, new Uint8Array(made.pdf), 'laporan.pdf')).toHaveProperty('textContent', 'ASLI');
    const forged = await repaintFigure(made.pdf, 'Rp 1.250.000', 'Rp 12.500.000');
    await user.upload(
      screen.getByLabelText('Pilih berkas laporan'),
      new File([new Uint8Array(forged)], 'laporan-2.pdf'),
    );
    expect(
      await screen.findByText(/Ada tambahan yang ditempel di belakang PDF/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByTestId('verdict').textContent).toBe('DIUBAH');
  });

  it('says TIDAK BISA DIPERIKSA for garbage, and refuses a file larger than the format allows before reading it', async () => {
    const user = renderScreen();
    const verdict = await open(user, 'bukan laporan {', 'foto.json');
    expect(verdict).toHaveProperty('textContent', 'TIDAK BISA DIPERIKSA');
    expect(screen.getByText('Berkas bukan JSON yang utuh (rusak atau terpotong).')).toBeTruthy();

    const huge = new File(['{}'], 'besar.pdf');
    const size = MAX_STATEMENT_FILE_BYTES + 1;
    Object.defineProperty(huge, 'size', { value: size });
    await user.upload(screen.getByLabelText('Pilih berkas laporan'), huge);
    const max = megabytes(MAX_STATEMENT_FILE_BYTES);
    const refusal = `Berkas terlalu besar (${megabytes(size)}); paling besar ${max}. Berkas tidak dibaca.`;
    expect(await screen.findByText(refusal)).toBeTruthy();
    expect(screen.getByTestId('verdict').textContent).toBe('TIDAK BISA DIPERIKSA');
  });

  it('says TIDAK BISA DIPERIKSA for a statement that names a member twice, whichever one a reader takes', async () => {
    const text = statementJson(file);
    const forged = text.replace('"business": {', '"business": {"memberNumber":"KSP-9999",');
    expect(forged).not.toBe(text);
    const user = renderScreen();
    const verdict = await open(user, forged, 'laporan.json');
    expect(verdict).toHaveProperty('textContent', 'TIDAK BISA DIPERIKSA');
    expect(
      screen.getByText(/Berkas menulis “memberNumber” dua kali \(di Identitas, Nomor anggota\)/),
    ).toBeTruthy();
    expect(screen.queryByText('KSP-9999')).toBeNull();
  });

  it('recomputes repayment capacity live with the officer’s ratio, costs and proposed loan', async () => {
    const user = renderScreen();
    await open(user, statementJson(file), 'laporan.json');
    const calculator = within(screen.getByRole('region', { name: 'Hitung kemampuan bayar' }));
    // One month: M = 1.250.000 − 400.000 = 850.000; H = I = 0; r = 60%: RPC = 510.000.
    expect(calculator.getByTestId('officer-rpc').textContent).toBe('Rp 510.000');
    const ratio = calculator.getByLabelText('Rasio koperasi r (%)');
    await user.clear(ratio);
    await user.type(ratio, '50');
    expect(calculator.getByTestId('officer-rpc').textContent).toBe('Rp 425.000');
    await user.type(calculator.getByLabelText('H · biaya rumah tangga per bulan'), '250000');
    expect(calculator.getByTestId('officer-rpc').textContent).toBe('Rp 300.000');

    // 3.000.000 over 12 months at 1,5% flat: 250.000 + 45.000 = 295.000 a month, within 300.000.
    await user.type(calculator.getByLabelText('Jumlah pinjaman'), '3000000');
    expect(calculator.getByTestId('loan-result').textContent).toBe(
      'Angsuran Rp 295.000 per bulan: MASUK dalam kemampuan bayar (sisa Rp 5.000).',
    );
    const months = calculator.getByLabelText('Jangka waktu (bulan)');
    await user.clear(months);
    await user.type(months, '6');
    expect(calculator.getByTestId('loan-result').textContent).toBe(
      'Angsuran Rp 545.000 per bulan: MELEBIHI kemampuan bayar sebesar Rp 245.000.',
    );
  });

  it('registers the member’s fingerprint once, then warns loudly at a statement signed by another device', async () => {
    const user = renderScreen();
    await open(user, statementJson(file), 'laporan.json');
    await user.click(screen.getByRole('button', { name: 'Daftarkan kode ini untuk anggota' }));
    expect(await screen.findByText(/Cocok: kode ini terdaftar untuk anggota 17/)).toBeTruthy();

    const other = await signerFromKeyPair(await generateSigningKeyPair());
    const elsewhere = await signStatement(tinyStatement(), other);
    const verdict = await open(user, statementJson(elsewhere), 'laporan-lain.json');
    expect(await screen.findByText('AWAS: kode perangkat berbeda!')).toBeTruthy();
    expect(verdict.textContent).toBe('DIUBAH');
    expect(screen.getByText(/bukan perangkat yang terdaftar untuk anggota ini/)).toBeTruthy();
  });
});
