import { parseRootEvent } from '../../../lambda-src/notifier/events/root-event';
import { classify } from '../../../lambda-src/notifier/events/severity';
import { buildAlert } from '../../../lambda-src/notifier/messages/alert';
import { isValidSnsSubject, MAX_SUBJECT_LENGTH, toSnsSubject } from '../../../lambda-src/notifier/messages/subject';
import { fixture, fixtureNames } from '../../helpers';

/** What SNS asks of a subject, written out independently of isValidSnsSubject. */
function expectSnsAcceptable(subject: string) {
  expect(subject.length).toBeGreaterThan(0);
  expect(subject.length).toBeLessThanOrEqual(99);
  expect(subject).not.toMatch(/[\r\n]/);
  for (const char of subject) {
    const code = char.charCodeAt(0);
    expect(code >= 0x20 && code <= 0x7e).toBe(true);
  }
  expect(subject[0]).not.toBe(' ');
}

/** A small deterministic PRNG (Park-Miller), so the random inputs are the same every run. */
function seededRandom(seed: number): () => number {
  let state = seed % 2147483647;
  return () => {
    state = (state * 48271) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

/** Characters that have broken subjects: controls, spaces of all kinds, accents, CJK, emoji halves. */
const NASTY = ['\n', '\r', '\t', '\u0000', '\u007f', '\u0085', '\u00a0', '\u2028', '\u3000', '\u0301', 'é', 'ß', 'Ø', '日', '😀', '\ud800', ' ', '.', 'a'];

function randomText(random: () => number): string {
  const length = Math.floor(random() * 300);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += random() < 0.5 ? NASTY[Math.floor(random() * NASTY.length)] : String.fromCharCode(Math.floor(random() * 0x3000));
  }
  return text;
}

describe('toSnsSubject', () => {
  test('leaves a short ASCII subject as it is', () => {
    expect(toSnsSubject('CRITICAL: Root sign-in | acme (111122223333)')).toBe('CRITICAL: Root sign-in | acme (111122223333)');
  });

  test('keeps a subject of exactly the maximum length whole', () => {
    const text = 'x'.repeat(MAX_SUBJECT_LENGTH);

    expect(toSnsSubject(text)).toBe(text);
  });

  test('cuts a long subject to at most 99 characters, keeping its start and ending with "..."', () => {
    const text = `CRITICAL: ${'Root API call '.repeat(20)}`;

    const subject = toSnsSubject(text);

    expect(subject.length).toBeLessThanOrEqual(99);
    expect(subject.endsWith('...')).toBe(true);
    expect(subject.startsWith('CRITICAL: Root API call Root API call')).toBe(true);
    expect(subject).not.toMatch(/ \.\.\.$/);
  });

  test('folds accents rather than dropping the letters', () => {
    expect(toSnsSubject('Zürich Café Ångström façade')).toBe('Zurich Cafe Angstrom facade');
  });

  test('turns line breaks and tabs into single spaces', () => {
    const subject = toSnsSubject('HIGH:\r\nRoot\tsign-in\u2028done');

    expect(subject).toBe('HIGH: Root sign-in done');
  });

  test('replaces characters that have no ASCII form with "?"', () => {
    const subject = toSnsSubject('MEDIUM: 東京 account');

    expect(subject).toBe('MEDIUM: ?? account');
  });

  test('drops leading and trailing space so the subject starts with a printable character', () => {
    expect(toSnsSubject('\n\t  HIGH: x  ')).toBe('HIGH: x');
  });

  test.each([
    ['empty', ''],
    ['spaces only', '   '],
    ['line breaks only', '\r\n\n'],
    ['combining marks only', '\u0301\u0308'],
  ])('is never empty, even for %s', (_label, text) => {
    const subject = toSnsSubject(text);

    expect(subject.trim()).not.toBe('');
    expectSnsAcceptable(subject);
  });

  test('makes every one of many random, hostile texts acceptable to SNS', () => {
    const random = seededRandom(20241104);
    for (let i = 0; i < 500; i++) {
      const text = randomText(random);
      const subject = toSnsSubject(text);
      expectSnsAcceptable(subject);
      expect(isValidSnsSubject(subject)).toBe(true);
    }
  });
});

describe('isValidSnsSubject', () => {
  test.each([
    ['a plain subject', 'HIGH: Root sign-in', true],
    ['99 characters', 'x'.repeat(99), true],
    ['one starting with punctuation', '[HIGH] root', true],
    ['an empty subject', '', false],
    ['100 characters', 'x'.repeat(100), false],
    ['a leading space', ' HIGH', false],
    ['a line break', 'HIGH\nroot', false],
    ['a tab', 'HIGH\troot', false],
    ['a non-ASCII letter', 'Café', false],
    ['a DEL character', 'HIGH\u007f', false],
  ])('judges %s as %p', (_label, subject, valid) => {
    expect(isValidSnsSubject(subject)).toBe(valid);
  });
});

describe('alert subjects for the fixtures', () => {
  test.each(fixtureNames())('%s gets a valid subject that starts with its severity', (name) => {
    const event = parseRootEvent(fixture(name));

    const { subject } = buildAlert(event, fixture(name), { account: { name: 'acme-production', id: '111122223333' }, timeZone: 'UTC' });

    expect(isValidSnsSubject(subject)).toBe(true);
    expectSnsAcceptable(subject);
    expect(subject.startsWith(`${classify(event).severity}: `)).toBe(true);
    expect(subject).toContain(event.eventName);
  });

  test('a long, accented account name still gives a valid subject that keeps the severity', () => {
    const raw = fixture('root-console-login-no-mfa.json');
    const event = parseRootEvent(raw);

    const { subject } = buildAlert(event, raw, {
      account: { name: `Société Générale – Zweigstelle Köln ${'Ä'.repeat(80)}`, id: '111122223333' },
      timeZone: 'UTC',
    });

    expect(isValidSnsSubject(subject)).toBe(true);
    expect(subject.startsWith('CRITICAL: Root sign-in ConsoleLogin succeeded without MFA')).toBe(true);
    expect(subject).toContain('Societe Generale');
    expect(subject.endsWith('...')).toBe(true);
  });
});
