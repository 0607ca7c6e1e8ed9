import { jsonDifferences, setDifferences } from '../../consumers/diff';

test('equal values have no differences, whatever the key order', () => {
  expect(jsonDifferences({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 })).toEqual([]);
});

test('a changed leaf is reported with its path and both values', () => {
  expect(jsonDifferences(
    { Resources: { Topic: { Properties: { KmsMasterKeyId: 'key-a' } } } },
    { Resources: { Topic: { Properties: { KmsMasterKeyId: 'key-b' } } } },
  )).toEqual(['$.Resources.Topic.Properties.KmsMasterKeyId: expected "key-a", got "key-b"']);
});

test('missing and unexpected keys are reported apart', () => {
  expect(jsonDifferences({ a: 1, b: 2 }, { b: 2, c: 3 })).toEqual([
    '$.a: missing (expected 1)',
    '$.c: unexpected 3',
  ]);
});

test('arrays are compared element by element, in order', () => {
  expect(jsonDifferences([1, 2], [2, 1, 3])).toEqual([
    '$[0]: expected 1, got 2',
    '$[1]: expected 2, got 1',
    '$[2]: unexpected 3',
  ]);
});

test('a value of another kind is a difference, not a crash', () => {
  expect(jsonDifferences({ a: [1] }, { a: { 0: 1 } })).toEqual(['$.a: expected [1], got {"0":1}']);
  expect(jsonDifferences(null, {})).toEqual(['$: expected null, got {}']);
});

test('long values are cut short', () => {
  const [line] = jsonDifferences('x'.repeat(500), 'y');
  expect(line.length).toBeLessThan(300);
  expect(line).toContain('…');
});

test('collections compared as sets report what is missing and what is extra', () => {
  expect(setDifferences(['Defaults', 'SafetyNetsOff'], ['SafetyNetsOff', 'Extra'], 'stack')).toEqual([
    'missing stack: Defaults',
    'unexpected stack: Extra',
  ]);
  expect(setDifferences(['a', 'b'], ['b', 'a'], 'stack')).toEqual([]);
});
