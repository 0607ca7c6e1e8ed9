import { QUEUE_URL } from './support';
import { readPostureConfig } from '../../lambda-src/posture/config';
import { createLogger } from '../../lambda-src/posture/log';

const ENV = {
  ALERT_QUEUE_URL: QUEUE_URL,
  STATE_PARAMETER_NAME: '/root-activity-monitor/posture-state',
  CHECK_ORGANIZATION_FEATURES: 'true',
  REQUIRE_HARDWARE_MFA: 'false',
  AWS_REGION: 'eu-west-1',
};

describe('the posture configuration', () => {
  test('reads every variable', () => {
    expect(readPostureConfig(ENV, createLogger(() => undefined))).toEqual({
      alertQueueUrl: QUEUE_URL,
      stateParameterName: '/root-activity-monitor/posture-state',
      checkOrganizationFeatures: true,
      requireHardwareMfa: false,
      region: 'eu-west-1',
    });
  });

  test.each([
    ['ALERT_QUEUE_URL', undefined, /^ALERT_QUEUE_URL must be set \(got nothing\)$/],
    ['ALERT_QUEUE_URL', 'queue', /^ALERT_QUEUE_URL must be an SQS queue URL \(got 'queue'\)$/],
    ['STATE_PARAMETER_NAME', ' ', /^STATE_PARAMETER_NAME must be set \(got ' '\)$/],
    ['REQUIRE_HARDWARE_MFA', 'yes', /^REQUIRE_HARDWARE_MFA must be 'true' or 'false' \(got 'yes'\)$/],
    ['CHECK_ORGANIZATION_FEATURES', undefined, /^CHECK_ORGANIZATION_FEATURES must be 'true' or 'false' \(got nothing\)$/],
  ])('refuses %s=%p, naming it', (name, value, message) => {
    const lines: string[] = [];
    expect(() => readPostureConfig({ ...ENV, [name]: value }, createLogger((line) => lines.push(line)))).toThrow(message);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'ERROR', variable: name });
  });
});
