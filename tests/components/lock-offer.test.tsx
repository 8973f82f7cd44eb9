import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LockOffer } from '../../src/features/lock/LockOffer';
import { I18nProvider } from '../../src/i18n/I18nProvider';

const DAY = 24 * 60 * 60 * 1000;
const begun = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
const offer = (daysAgo: number) =>
  render(
    <I18nProvider language="id">
      <LockOffer bookCreatedAt={begun(daysAgo)} />
    </I18nProvider>,
  );

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("Home's offer of a PIN", () => {
  it('waits for a week of use, then offers the PIN from Settings', () => {
    offer(3);
    expect(screen.queryByRole('region', { name: 'Ponsel dipakai bersama keluarga?' })).toBeNull();
    cleanup();
    offer(8);
    const card = screen.getByRole('region', { name: 'Ponsel dipakai bersama keluarga?' });
    expect(card.textContent).toContain('Pasang PIN agar hanya Anda yang bisa membuka dan mengubah buku.');
    expect(screen.getByRole('link', { name: 'Pasang PIN' }).getAttribute('href')).toBe('#/pengaturan');
  });

  it('goes when set aside, and stays gone the next time Home opens', async () => {
    offer(8);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tidak perlu' }));
    expect(screen.queryByRole('region', { name: 'Ponsel dipakai bersama keluarga?' })).toBeNull();
    cleanup();
    offer(30);
    expect(screen.queryByRole('region', { name: 'Ponsel dipakai bersama keluarga?' })).toBeNull();
  });
});
