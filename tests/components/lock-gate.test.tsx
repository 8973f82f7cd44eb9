import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { hashSecret, PIN_ITERATIONS, secretMatches } from '../../src/domain/lock/secret-hash';
import { LockGate } from '../../src/features/lock/LockGate';
import { readLock, saveLock } from '../../src/features/lock/lock-store';
import type { LumbungDb } from '../../src/storage';

// Few rounds keep the test quick; the stored hash carries its rounds.
const lockWith = async (pin: string) =>
  saveLock({ pin: await hashSecret(pin, 1000), recovery: await hashSecret('0'.repeat(20), 1000), idle: 0 });

const Book = () => <p>Warung Maria: Rp 150.000</p>;
const gate = () =>
  render(
    <LockGate db={{} as LumbungDb} language="id">
      <Book />
    </LockGate>,
  );

afterEach(() => localStorage.clear());

describe('the lock gate', () => {
  it('shows the book at once when no PIN is set', () => {
    gate();
    expect(screen.getByText('Warung Maria: Rp 150.000')).toBeTruthy();
  });

  it('keeps the book out of the page until the right PIN is given', async () => {
    await lockWith('4829');
    const { container } = gate();
    // The lock screen is a chunk of its own, shown once it has loaded.
    expect(await screen.findByRole('heading', { name: 'Buku terkunci' })).toBeTruthy();
    expect(container.textContent).not.toContain('Warung Maria');

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('PIN'), '1111');
    await user.click(screen.getByRole('button', { name: 'Buka' }));
    await screen.findByText('PIN salah (1 kali).');
    expect(container.textContent).not.toContain('Warung Maria');

    await user.type(screen.getByLabelText('PIN'), '4829');
    await user.click(screen.getByRole('button', { name: 'Buka' }));
    await screen.findByText('Warung Maria: Rp 150.000');
  });

  it('opens a PIN kept with more rounds than now, and keeps it again with the current rounds', async () => {
    const recovery = await hashSecret('0'.repeat(20), 1000);
    saveLock({ pin: await hashSecret('4829', PIN_ITERATIONS + 1000), recovery, idle: 0 });
    gate();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('PIN'), '4829');
    await user.click(screen.getByRole('button', { name: 'Buka' }));
    await screen.findByText('Warung Maria: Rp 150.000');
    await waitFor(() => expect(readLock()?.pin.iterations).toBe(PIN_ITERATIONS), { timeout: 20_000 });
    // The lighter hash still takes the same PIN, and only it.
    const lighter = readLock()?.pin ?? (await hashSecret('unrelated', 1000));
    expect(await secretMatches('4829', lighter)).toBe(true);
    expect(await secretMatches('4828', lighter)).toBe(false);
    expect(readLock()?.recovery).toEqual(recovery);
  });

  it('refuses a PIN of the wrong shape without counting it as a wrong try', async () => {
    await lockWith('4829');
    gate();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('PIN'), '12');
    await user.click(screen.getByRole('button', { name: 'Buka' }));
    expect(screen.getByText('PIN terdiri dari 4 sampai 6 angka.')).toBeTruthy();
    expect(screen.queryByText(/PIN salah/)).toBeNull();
  });

  it('waits after three wrong PINs, also after being shown again', async () => {
    await lockWith('4829');
    const first = gate();
    const user = userEvent.setup();
    for (let i = 1; i <= 3; i++) {
      await user.type(await screen.findByLabelText('PIN'), '0000');
      await user.click(screen.getByRole('button', { name: 'Buka' }));
      await screen.findByText(`PIN salah (${i} kali).`);
    }
    expect(screen.getByTestId('lock-wait').textContent).toMatch(/^Tunggu 0:0[45] sebelum mencoba lagi\.$/);
    first.unmount();
    gate();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Buka' }).hasAttribute('disabled')).toBe(true),
    );
    expect(screen.getByText('PIN salah (3 kali).')).toBeTruthy();
  });
});
