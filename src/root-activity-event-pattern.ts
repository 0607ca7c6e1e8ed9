import * as events from 'aws-cdk-lib/aws-events';

/**
 * The EventBridge detail types that carry root activity recorded by CloudTrail:
 * sign-ins, API calls, and console actions that are not API calls. AWS's list
 * spells the sign-in type 'AWS Console Signin via CloudTrail' while delivered
 * events say 'AWS Console Sign In via CloudTrail'; matching both costs nothing.
 * 'AWS Service Event via CloudTrail' and 'AWS Insight via CloudTrail' are not
 * a person's doing and are left out.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
 */
export const ROOT_ACTIVITY_DETAIL_TYPES = [
  'AWS Console Sign In via CloudTrail',
  'AWS Console Signin via CloudTrail',
  'AWS API Call via CloudTrail',
  'AWS Console Action via CloudTrail',
];

/**
 * The pattern of events that are the root user's own doing: console sign-ins,
 * API calls and console actions whose identity is `Root`, leaving out calls a
 * service makes on the root's behalf (`userIdentity.invokedBy`) and events a
 * service records about itself (`eventType = AwsServiceEvent`). These are the
 * CIS root-usage filter's conditions, applied to the CloudTrail event types
 * EventBridge delivers for people's actions.
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
