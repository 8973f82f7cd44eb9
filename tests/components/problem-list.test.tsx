import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { LISTED_PROBLEMS } from '../../src/features/data/import-problems';
import { ProblemList } from '../../src/features/data/ProblemList';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { loadMessages } from '../../src/i18n/translate';

describe('the import screen’s list of problems', () => {
  // The data screen brings its words with it.
  beforeAll(() => loadMessages('data'));
  it('lists the first 200 and states how many there are in all', () => {
    expect(LISTED_PROBLEMS).toBe(200);
    const lines = Array.from({ length: 200 }, (_, i) => `Baris ${i + 2}: Tanggal tidak ada di kalender.`);
    render(
      <I18nProvider language="id">
        <ProblemList intro="Berkas ditolak." lines={lines} total={600_000} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    expect(screen.getByText('600000 masalah ditemukan.')).toBeTruthy();
    expect(screen.getByText('… dan 599800 masalah lain.')).toBeTruthy();
  });
});
