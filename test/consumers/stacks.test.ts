import { CONSUMER_STACKS } from '../../consumers/stacks';
import { DOCUMENTED_CONFIGURATIONS } from '../configurations';

test('the consumer apps build a stack for every documented configuration', () => {
  expect(Object.keys(CONSUMER_STACKS).sort()).toEqual(Object.keys(DOCUMENTED_CONFIGURATIONS).sort());
});

test('each configuration has a stack id of its own', () => {
  const ids = Object.values(CONSUMER_STACKS);
  expect(new Set(ids).size).toBe(ids.length);
  // Used as construct id, artifact id and file name in all three languages.
  for (const id of ids) {
    expect(id).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  }
});
