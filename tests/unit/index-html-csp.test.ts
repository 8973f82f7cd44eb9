import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

describe('index.html', () => {
  it('allows each of its inline scripts by hash, and no inline script otherwise', () => {
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) {
      const hash = createHash('sha256').update(script, 'utf8').digest('base64');
      expect(scriptSrc, 'edit index.html, then put the new hash in its CSP').toContain(`'sha256-${hash}'`);
    }
  });

  it('reads the kept home screen and the write stamp under the keys the app writes them to', async () => {
    const { FIRST_SCREEN_KEY } = await import('../../src/features/home/first-screen');
    const { WRITE_STAMP_KEY } = await import('../../src/storage/write-stamp');
    expect(inline.join('')).toContain(`localStorage.getItem('${FIRST_SCREEN_KEY}')`);
    expect(inline.join('')).toContain(`localStorage.getItem('${WRITE_STAMP_KEY}')`);
  });

  it('shows no kept screen while a PIN lock is set, under the key the lock is kept at', async () => {
    const { LOCK_RECORD_KEY } = await import('../../src/features/lock/lock-key');
    expect(inline.join('')).toContain(`if (localStorage.getItem('${LOCK_RECORD_KEY}') !== null) return;`);
  });
});

describe('index.html connect-src', () => {
  it('narrows connect-src to the servers kept under the key the sync keeps them at', async () => {
    const { CONNECT_ORIGINS_KEY } = await import('../../src/features/sync/connect-origins');
    expect(inline.join('')).toContain(`localStorage.getItem('${CONNECT_ORIGINS_KEY}')`);
    expect(inline.join('')).toContain(`meta.content = "connect-src 'self' " + allowed.join(' ');`);
  });
});
