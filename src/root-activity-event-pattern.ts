import * as events from 'aws-cdk-lib/aws-events';

/**
 * The EventBridge detail types that carry root activity recorded by CloudTrail.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-cloudtrail.html
 */
export const ROOT_ACTIVITY_DETAIL_TYPES = [
  'AWS Console Sign In via CloudTrail',
  'AWS API Call via CloudTrail',
];

/**
 * The pattern of events that are the root user's own doing: console sign-ins
 * and API calls whose identity is `Root`, leaving out calls a service makes on
 * the root's behalf (`userIdentity.invokedBy`) and events a service records
 * about itself (`eventType = AwsServiceEvent`). It mirrors the CIS root-usage
 * metric filter, so the rule and the alarm agree on what counts as root use.
 */
export function rootActivityEventPattern(): events.EventPattern {
  return {
    detailType: ROOT_ACTIVITY_DETAIL_TYPES,
    detail: {
      userIdentity: {
        type: ['Root'],
        invokedBy: events.Match.doesNotExist(),
      },
      eventType: events.Match.anythingBut('AwsServiceEvent'),
    },
  };
}
