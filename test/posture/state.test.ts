import { decodeState, encodeState } from '../../lambda-src/posture/state';

describe('the stored posture', () => {
  test('round-trips', () => {
    const posture = new Map([['root-mfa', 'bad'], ['root-access-keys', 'good']] as const);
    expect(decodeState(encodeState(posture))).toEqual(posture);
  });

  test.each([
    'none?', '[]', 'null', '{"v":2,"findings":{}}', '{"v":1,"findings":[]}', '{"v":1,"findings":{"root-mfa":"fine"}}',
    '{"v":1,"findings":{"__proto__":"bad"}}', '{"v":1,"findings":{"toString":"bad"}}',
  ])('refuses %s', (value) => {
    expect(decodeState(value)).toBeUndefined();
  });
});
