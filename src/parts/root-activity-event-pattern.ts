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
 * The `invokedBy` value the console records for the actions of a person
 * signed in to it. AWS's example records show it on IAM users' console calls
 * (CloudTrail's StartLogging example among others); `invokedBy` is otherwise
 * "the name of the AWS service that made the request". AWS shows no root
 * record either way, so the rule accepts it: with a `Root` identity it is the
 * root user at work in the console, never a service acting on its own.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference.html
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
 */
export const CONSOLE_INVOKED_BY = 'signin.amazonaws.com';

/** The source prefix AWS reserves for its own services' events. */
export const AWS_SOURCE_PREFIX = 'aws.';

/**
 * The pattern of events that are the root user's own doing: console sign-ins,
 * API calls and console actions whose identity is `Root`, leaving out calls a
 * service makes on the root's behalf (`userIdentity.invokedBy`) and events a
 * service records about itself (`eventType = AwsServiceEvent`). These are the
 * CIS root-usage filter's conditions, applied to the CloudTrail event types
 * EventBridge delivers for people's actions, with one addition: a root call
 * recorded with `invokedBy` `signin.amazonaws.com` (the console) still
 * matches. The CIS metric filter stays as published and does not count it.
 * Only events from AWS sources match: a forged event put on the bus does not.
 */
export function rootActivityEventPattern(): events.EventPattern {
  return {
    // Only AWS services send events whose source starts with 'aws.': the
    // prefix is reserved, so no principal's PutEvents can forge a root event
    // that matches, on this account's bus or, through its policy, on a hub's.
    // https://docs.aws.amazon.com/eventbridgev2/latest/APIReference/API_PutEventsRequestEntry.html
    // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsResultEntry.html (NotAuthorizedForSourceException)
    source: events.Match.prefix(AWS_SOURCE_PREFIX),
    detailType: ROOT_ACTIVITY_DETAIL_TYPES,
    detail: {
      userIdentity: {
        type: ['Root'],
        // Values in one field's list are alternatives: absent, or the console.
        // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns-arrays.html
        invokedBy: events.Match.anyOf(events.Match.doesNotExist(), CONSOLE_INVOKED_BY),
      },
      eventType: events.Match.anythingBut('AwsServiceEvent'),
    },
  };
}
