import { App, Stack } from 'aws-cdk-lib';

export const ORGANIZATION_ID = 'o-a1b2c3d4e5';
export const ORGANIZATION_ROOT = 'r-ab12';
export const OU_WORKLOADS = 'ou-ab12-cd34ef56';
export const OU_SANDBOX = 'ou-ab12-99887766';
export const HUB_ACCOUNT = '111122223333';
export const MEMBER_ACCOUNT = '444455556666';
export const MANAGEMENT_ACCOUNT = '999988887777';
export const HUB_BUS_ARN = `arn:aws:events:us-east-1:${HUB_ACCOUNT}:event-bus/root-activity-hub`;

/** A stack in `account` and `region`, in an app of its own. */
export function stackIn(account: string, region: string): Stack {
  return new Stack(new App(), 'TestStack', { env: { account, region } });
}
