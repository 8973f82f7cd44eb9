import type { cliId } from './cli.id';

/** The messages of cli.id.ts in English. */
export const cliEn: Record<keyof typeof cliId, string> = {
  'cli.usage':
    'Usage: lumbung import-check FILE.csv | lumbung statement --csv FILE.csv --from YYYY-MM --to YYYY-MM --key KEY.json --out FOLDER [--business NAME] [--owner NAME] [--member NO] [--cooperative NAME] [--branch NAME] [--type TYPE] [--time-zone TZ] [--ratio 0.6] [--no-notes] [--show-names] | lumbung verify FILE.pdf|FILE.json|QR.txt|PAGE.png|PAGE.jpg [--fingerprint XXXX-XXXX-XXXX-XXXX] [--server-key JWK|XXXX-XXXX-XXXX-XXXX] [--full] [--lang id|en] | lumbung verify --qr QR-TEXT | lumbung schema | lumbung server officer add --username U --branch B --role officer|admin | lumbung server enrol --member NO --name NAME [--branch B]',
  'cli.usage.importCheck': 'Usage: lumbung import-check FILE.csv',
  'cli.usage.verify':
    'Usage: lumbung verify FILE.pdf|FILE.json|QR.txt|PAGE.png|PAGE.jpg [--fingerprint XXXX-XXXX-XXXX-XXXX] [--server-key JWK|XXXX-XXXX-XXXX-XXXX] [--full] [--lang id|en] or lumbung verify --qr QR-TEXT',
  'cli.option.unknown': 'Unknown option: {detail}',
  'cli.option.incomplete': 'Unknown or incomplete option: {detail}',
  'cli.option.required': 'The options --csv, --key and --out are required.',
  'cli.option.timeZone': 'Unknown time zone: {zone}',
  'cli.option.month': 'Write months as YYYY-MM (--from and --to).',
  'cli.option.reversed': 'The period is reversed: {from} comes after {to}.',
  'cli.option.tooLong': 'The period is at most {max} months long.',
  'cli.option.ratio': 'The ratio (--ratio) must be between 0 and 1, for example 0.6.',
  'cli.option.householdCosts':
    'Household costs (--household-costs) must be whole Rupiah, for example 1500000 or 0.',
  'cli.option.instalments':
    'Other instalments (--instalments) must be whole Rupiah, for example 500000 or 0.',
  'cli.option.lang': 'Unknown language --lang “{value}”. Choose id or en.',
  'cli.option.fingerprint':
    'The --fingerprint device code is not valid: “{value}”. Write 16 letters A–Z and digits 2–7, e.g. ABCD-EFGH-IJKL-MNOP.',
  'cli.option.serverKey':
    'The --server-key is not valid: “{value}”. Give the server key’s JWK file (the answer of GET /api/v1/server-key) or its fingerprint, e.g. ABCD-EFGH-IJKL-MNOP.',
  'cli.key.unusable': 'The key file cannot be used: {path}',
  'cli.server.missing':
    'The server commands are not built (dist-server/cli.js is missing). Run them through npm run lumbung.',
  'cli.verify.notice':
    'A valid signature proves the statement has not changed since this key signed it; it does not prove the entries are true.',
  'cli.verify.qrNotice':
    'A QR code vouches only for the figures it carries (period, revenue, net profit, closing balance, statement code), not for the rest of the printed page.',
};
