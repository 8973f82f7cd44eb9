import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { loadOfficeMessages } from '../../src/backoffice/messages';
import { UploadForm } from '../../src/backoffice/statements/UploadForm';
import { I18nProvider } from '../../src/i18n/I18nProvider';

afterEach(() => vi.unstubAllGlobals());

it("tells an English-speaking officer in English that a statement file is over the server's bounds", async () => {
  await loadOfficeMessages('en');
  const refusal = { error: { code: 'statement.tooLarge', message: 'Berkas laporan terlalu besar.' } };
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(refusal), { status: 413 })),
  );
  render(
    <I18nProvider language="en">
      <UploadForm onUploaded={() => undefined} />
    </I18nProvider>,
  );
  await userEvent
    .setup()
    .upload(
      screen.getByLabelText('Choose a file'),
      new File(['{}'], 'laporan.json', { type: 'application/json' }),
    );
  const said = await screen.findByText(/too large/);
  expect(said.textContent).toContain('374 MB');
  expect(said.textContent).toContain('78 MB');
  expect(said.textContent).toContain('Nothing was stored');
});
