import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/domain/lock/secret-hash';
import { LockSettingsCard } from '../../src/features/lock/LockSettingsCard';
import { readLock, saveLock } from '../../src/features/lock/lock-store';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { lockId } from '../../src/i18n/lock.id';
import { addMessages } from '../../src/i18n/translate';
import { ToastProvider } from '../../src/ui/Toast';

// Settings loads the lock's words with its chunk; the card alone needs them added.
addMessages('id', lockId);

// Few rounds keep the test quick; the stored hash carries its rounds.
const lockWith = async (pin: string) =>
  saveLock({ pin: await hashSecret(pin, 1000), recovery: await hashSecret('0'.repeat(20), 1000), idle: 0 });

const card = () =>
  render(
    <I18nProvider language="id">
      <ToastProvider>
        <LockSettingsCard />
      </ToastProvider>
    </I18nProvider>,
  );

afterEach(() => localStorage.clear());

describe('the lock in Settings', () => {
  it('removes the PIN only after the current PIN is typed, and a wrong one counts as a wrong try', async () => {
    await lockWith('4829');
    card();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lepas PIN' }));
    expect(readLock()).not.toBeNull();
    await user.type(screen.getByLabelText('PIN sekarang'), '1111');
    await user.click(screen.getByRole('button', { name: 'Buka' }));
    await screen.findByText('PIN salah (1 kali).');
    expect(readLock()).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Batal' }));
    await user.click(screen.getByRole('button', { name: 'Lepas PIN' }));
    await user.type(screen.getByLabelText('PIN sekarang'), '4829');
    await user.click(screen.getByRole('button', { name: 'Buka' }));
    await screen.findByText('Pasang PIN');
    expect(readLock()).toBeNull();
  });

  it('asks the current PIN before offering a new one', async () => {
    await lockWith('4829');
    card();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ganti PIN' }));
    expect(screen.getByText(/Ketik PIN sekarang dulu/)).toBeTruthy();
    await user.type(screen.getByLabelText('PIN sekarang'), '4829');
    await user.click(screen.getByRole('button', { name: 'Buka' }));
    expect(await screen.findAllByLabelText(/PIN baru/)).not.toHaveLength(0);
  });
});
