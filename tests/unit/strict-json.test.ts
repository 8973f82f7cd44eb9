import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../src/domain/strict-json';

const refusal = (text: string) => {
  const parsed = parseStrictJson(text);
  return parsed.ok ? null : parsed.problem;
};

describe('parseStrictJson', () => {
  it('reads what JSON.parse reads when no object names a member twice', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, indented) => {
        const text = JSON.stringify(value, null, indented ? 2 : undefined);
        expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
      }),
    );
  });

  it('refuses a member named twice at any depth, and names it with its path', () => {
    expect(refusal('{"format":"x","statement":{},"format":"y"}')).toEqual({
      code: 'json.duplicateKey',
      key: 'format',
      path: 'format',
    });
    expect(refusal('{"a":1,"b":{"c":[1,{"d":2,"e":{},"d":3}]}}')).toEqual({
      code: 'json.duplicateKey',
      key: 'd',
      path: 'b.c.1.d',
    });
    expect(refusal('{"s":{"p":{"n":1}},"s":{"p":{"n":1}}}')).toMatchObject({ key: 's' });
  });

  it('sees through escapes: "a" and "\\u0061" are one name, and escaped colons fool no count', () => {
    expect(refusal('{"a":1,"\\u0061":2}')).toMatchObject({ code: 'json.duplicateKey', key: 'a' });
    expect(refusal('{"x\\u003a":1,"x:":2}')).toMatchObject({ code: 'json.duplicateKey', key: 'x:' });
    // A duplicate whose dropped member's colon is made up by an escaped one in a kept string.
    expect(refusal('{"k":"a\\u003a","k":"b"}')).toMatchObject({ key: 'k' });
    expect(refusal('{"k":"a\\u003A","k":"b"}')).toMatchObject({ key: 'k' });
    expect(refusal('[["a\\u003A"],{"k":["\\u0030"],"k":[]}]')).toMatchObject({ key: 'k', path: '1.k' });
    expect(refusal('{"k":"a:\\"b\\\\","k2":"\\u003a"}')).toBeNull();
    expect(refusal('{"a:b":"c:d","e":[":",{"f:":"::"}]}')).toBeNull();
  });

  it('refuses any object of any value once one of its members is repeated', () => {
    const object = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 });
    fc.assert(
      fc.property(object, fc.jsonValue({ maxDepth: 2 }), fc.nat(), (record, extra, pick) => {
        const keys = Object.keys(record);
        const key = keys[pick % keys.length] ?? '';
        const text = JSON.stringify(record);
        const forged = `{${JSON.stringify(key)}:${JSON.stringify(extra)},${text.slice(1)}`;
        expect(refusal(`[1,${forged}]`)).toMatchObject({ code: 'json.duplicateKey' });
      }),
    );
  });

  it('tells text that is not JSON apart', () => {
    for (const text of ['', '{', '{"a":1,}', "{'a':1}", '\uFEFF{}', 'NaN'])
      expect(refusal(text)).toEqual({ code: 'json.syntax' });
  });

  it('stays fast on a 30 MB file, finding a duplicate near its end', () => {
    const rows = Array.from({ length: 135_000 }, (_, i) => ({
      id: `e-${i}-0b7c1f2a-4d5e-6f70`,
      date: '2026-03-02',
      amount: i * 1000 + 500,
      note: `jual kopi: "tubruk" \\ ${i}`,
      recordedAt: '2026-03-02T01:00:00.000Z',
      imported: false,
    }));
    const text = JSON.stringify({ entries: rows }, null, 2);
    expect(text.length).toBeGreaterThan(30_000_000);
    expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
    const forged = `${text.slice(0, -2)},\n  "entries": []\n}`;
    expect(refusal(forged)).toMatchObject({ key: 'entries', path: 'entries' });
  }, 30_000);
});
