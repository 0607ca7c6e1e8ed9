import * as fc from 'fast-check';
import { decodeAccountNames } from '../../../lambda-src/notifier/accounts/account-names';
import { collectingLogger } from '../support';

function decode(encoded: string | undefined) {
  const { log, entries } = collectingLogger();
  return { names: decodeAccountNames(encoded, log), entries };
}

describe('decodeAccountNames', () => {
  test('reads the encoding the construct writes, id=name entries separated by semicolons', () => {
    const { names, entries } = decode('111122223333=Production;444455556666=Sandbox');

    expect([...names]).toEqual([['111122223333', 'Production'], ['444455556666', 'Sandbox']]);
    expect(entries()).toEqual([]);
  });

  test('keeps spaces and punctuation inside a name, trimming only its ends', () => {
    const { names } = decode(' 444455556666 = Acme Sandbox (EU), team: data-platform ; ');

    expect(names.get('444455556666')).toBe('Acme Sandbox (EU), team: data-platform');
  });

  test.each([
    ['missing', undefined],
    ['empty', ''],
    ['only separators', ';;'],
  ])('is empty, quietly, when ACCOUNT_NAMES is %s', (_label, encoded) => {
    const { names, entries } = decode(encoded);

    expect(names.size).toBe(0);
    expect(entries()).toEqual([]);
  });

  test.each([
    ['no equals sign', '444455556666 Sandbox'],
    ['a short id', '44445555666=Sandbox'],
    ['an id with letters', '44445555666x=Sandbox'],
    ['a blank name', '444455556666=  '],
    ['a second equals sign', '444455556666=Sand=box'],
    ['no id', '=Sandbox'],
  ])('skips an entry with %s, warns naming it, and keeps the valid entries', (_label, bad) => {
    const { names, entries } = decode(`111122223333=Production;${bad};777788889999=Staging`);

    expect([...names.keys()]).toEqual(['111122223333', '777788889999']);
    expect(entries()).toEqual([expect.objectContaining({ level: 'WARN', message: expect.stringMatching(/ACCOUNT_NAMES/), entry: bad })]);
  });

  test('keeps the first name of an account listed twice, and warns', () => {
    const { names, entries } = decode('444455556666=Sandbox;444455556666=Other');

    expect(names.get('444455556666')).toBe('Sandbox');
    expect(entries()).toEqual([expect.objectContaining({ level: 'WARN', accountId: '444455556666' })]);
  });

  test('never throws, whatever the value', () => {
    for (const encoded of ['=', '==;==', ';=;', '\u0000', '444455556666=\ud800', 'x'.repeat(5000)]) {
      expect(() => decode(encoded)).not.toThrow();
    }
  });

  test('an id named __proto__ or constructor is skipped, not looked up on Object', () => {
    const { names } = decode('__proto__=x;constructor=y');

    expect(names.size).toBe(0);
    expect(names.get('constructor')).toBeUndefined();
  });

  test('for any value, yields only 12-digit ids with visible names free of the separators, and never throws', () => {
    const piece = fc.oneof(fc.string({ unit: fc.constantFrom('1', '2', '=', ';', ' ', 'a', '\u00e9', '\ud800') }), fc.string(), fc.string({ unit: 'binary' }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')), (encoded) => {
      const { names } = decode(encoded);
      for (const [id, name] of names) {
        expect(id).toMatch(/^\d{12}$/);
        expect(name.trim()).toBe(name);
        expect(name).not.toBe('');
        expect(name).not.toMatch(/[;=]/);
      }
    }), { seed: 20241104, numRuns: 500 });
  });

  test('reads back what the construct encodes, for any names the construct accepts', () => {
    const name = fc.string({ minLength: 1, maxLength: 128 }).filter((text) => text.trim() !== '' && !/[;=]/.test(text));
    const id = fc.integer({ min: 0, max: 999_999_999_999 }).map((n) => String(n).padStart(12, '0'));
    fc.assert(fc.property(fc.dictionary(id, name, { maxKeys: 10 }), (names) => {
      // The construct's encoding (src/validation/account-names.ts): id=trimmed name, joined by ';'.
      const encoded = Object.entries(names).map(([accountId, each]) => `${accountId}=${each.trim()}`).join(';');
      expect(Object.fromEntries(decode(encoded).names)).toEqual(Object.fromEntries(Object.entries(names).map(([k, v]) => [k, v.trim()])));
    }), { seed: 20241104, numRuns: 300 });
  });
});
