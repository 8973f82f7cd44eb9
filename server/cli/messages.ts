/** The server command line's own words (Indonesian, as every message of the cooperative's server). */
export const CLI_MESSAGES = {
  usage:
    'Pakai: server officer add --username U --branch B --role officer|admin (kata sandi dari masukan standar), atau server enrol --member NOMOR --name NAMA [--branch B]',
  option: 'Pilihan tidak dikenal atau tidak lengkap: {detail}',
  username: 'Nama pengguna harus 3–40 huruf kecil, angka, titik, garis bawah atau tanda hubung.',
  password: 'Kata sandi (satu baris dari masukan standar) harus 8–256 karakter.',
  branch: 'Nama cabang wajib diisi (paling banyak 100 karakter).',
  role: 'Peran harus officer atau admin.',
  member: 'Nomor anggota tidak sah.',
  name: 'Nama anggota wajib diisi (paling banyak 200 karakter).',
  exists: 'Nama pengguna ini sudah dipakai.',
  newMember: 'Anggota ini belum terdaftar: sebutkan cabangnya dengan --branch.',
} as const;

/** A message of the server command line. */
export type CliMessage = keyof typeof CLI_MESSAGES;

/** The text of a message, with `{name}` filled in. */
export const cliSay = (key: CliMessage, params: Record<string, string> = {}): string =>
  CLI_MESSAGES[key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
