import { EventKind, Outcome, parseRootEvent, RootEvent } from '../../../lambda-src/notifier/events/root-event';
import { fixture, fixtureNames } from '../../helpers';
import { copy } from '../support';

const ACCOUNT_ID = '111122223333';
const OTHER_ACCOUNT_ID = '444455556666';

interface Expected {
  readonly kind: EventKind;
  readonly eventName: string;
  readonly outcome: Outcome;
  readonly region: string;
  readonly sourceIp: string;
  /** Sign-ins only: MFAUsed as the fixture records it. */
  readonly mfaUsed?: boolean;
  /** The account that received the event, when not ACCOUNT_ID. */
  readonly recipientAccountId?: string;
  /** The account whose root user acted, when not the one that received the event. */
  readonly actingAccountId?: string;
  /** An action of an sts:AssumeRoot session. */
  readonly assumedRoot?: boolean;
}

/** What each fixture says, read off the JSON by hand. */
const EXPECTED: Record<string, Expected> = {
  'root-api-access-denied.json': { kind: EventKind.API_CALL, eventName: 'CreateUser', outcome: Outcome.FAILURE, region: 'us-east-1', sourceIp: '198.51.100.203' },
  'root-api-cross-account-s3-get-object.json': { kind: EventKind.API_CALL, eventName: 'GetObject', outcome: Outcome.SUCCESS, region: 'eu-central-1', sourceIp: '192.0.2.144', actingAccountId: OTHER_ACCOUNT_ID },
  'root-api-console-invoked-by-signin.json': { kind: EventKind.API_CALL, eventName: 'StartLogging', outcome: Outcome.SUCCESS, region: 'us-east-2', sourceIp: '203.0.113.64' },
  'root-api-create-access-key.json': { kind: EventKind.API_CALL, eventName: 'CreateAccessKey', outcome: Outcome.SUCCESS, region: 'us-east-1', sourceIp: '203.0.113.25' },
  'root-api-deactivate-mfa-device.json': { kind: EventKind.API_CALL, eventName: 'DeactivateMFADevice', outcome: Outcome.SUCCESS, region: 'us-east-1', sourceIp: '198.51.100.77' },
  'root-api-delete-trail.json': { kind: EventKind.API_CALL, eventName: 'DeleteTrail', outcome: Outcome.SUCCESS, region: 'us-east-2', sourceIp: '198.51.100.203' },
  'root-api-describe-instances-readonly.json': { kind: EventKind.API_CALL, eventName: 'DescribeInstances', outcome: Outcome.SUCCESS, region: 'us-west-2', sourceIp: '203.0.113.25' },
  'root-api-s3-put-bucket-policy.json': { kind: EventKind.API_CALL, eventName: 'PutBucketPolicy', outcome: Outcome.SUCCESS, region: 'ap-southeast-2', sourceIp: '203.0.113.25' },
  'root-api-stop-logging.json': { kind: EventKind.API_CALL, eventName: 'StopLogging', outcome: Outcome.SUCCESS, region: 'eu-west-1', sourceIp: '198.51.100.203' },
  'root-console-action.json': { kind: EventKind.CONSOLE_ACTION, eventName: 'DescribeEventAggregates', outcome: Outcome.SUCCESS, region: 'us-east-1', sourceIp: '198.51.100.77' },
  'root-console-login-failure.json': { kind: EventKind.SIGN_IN, eventName: 'ConsoleLogin', outcome: Outcome.FAILURE, region: 'us-east-1', sourceIp: '198.51.100.203', mfaUsed: false },
  'root-console-login-mfa-success.json': { kind: EventKind.SIGN_IN, eventName: 'ConsoleLogin', outcome: Outcome.SUCCESS, region: 'us-east-1', sourceIp: '203.0.113.25', mfaUsed: true },
  'root-console-login-no-mfa.json': { kind: EventKind.SIGN_IN, eventName: 'ConsoleLogin', outcome: Outcome.SUCCESS, region: 'us-east-1', sourceIp: '198.51.100.77', mfaUsed: false },
  'root-password-recovery-requested.json': { kind: EventKind.SIGN_IN, eventName: 'PasswordRecoveryRequested', outcome: Outcome.SUCCESS, region: 'us-east-1', sourceIp: '198.51.100.203' },
  'root-password-updated.json': { kind: EventKind.SIGN_IN, eventName: 'PasswordUpdated', outcome: Outcome.SUCCESS, region: 'us-east-1', sourceIp: '198.51.100.203' },
  'org-member-root-api-call.json': {
    kind: EventKind.API_CALL,
    eventName: 'AuthorizeSecurityGroupIngress',
    outcome: Outcome.SUCCESS,
    region: 'eu-west-1',
    sourceIp: '203.0.113.58',
    recipientAccountId: OTHER_ACCOUNT_ID,
  },
  'org-assumed-root-delete-login-profile.json': {
    kind: EventKind.API_CALL,
    eventName: 'DeleteLoginProfile',
    outcome: Outcome.SUCCESS,
    region: 'us-east-1',
    sourceIp: '198.51.100.142',
    recipientAccountId: OTHER_ACCOUNT_ID,
    assumedRoot: true,
  },
  // A read of the posture check's own member audit (sts:AssumeRoot with IAMAuditRootUserCredentials).
  'org-assumed-root-audit-list-access-keys.json': {
    kind: EventKind.API_CALL,
    eventName: 'ListAccessKeys',
    outcome: Outcome.SUCCESS,
    region: 'us-east-1',
    sourceIp: '198.51.100.20',
    recipientAccountId: OTHER_ACCOUNT_ID,
    assumedRoot: true,
  },
};

/** Calls parseRootEvent, failing the test with a clear message if it throws. */
function parseWithoutThrowing(event: unknown): RootEvent {
  let parsed: RootEvent | undefined;
  expect(() => {
    parsed = parseRootEvent(event);
  }).not.toThrow();
  return parsed!;
}

describe('parseRootEvent on the fixtures', () => {
  test('every fixture has an expectation, so a new fixture cannot go unchecked', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureNames());
  });

  describe.each(fixtureNames())('%s', (name) => {
    const raw = fixture(name);
    const expected = EXPECTED[name];
    const event = parseRootEvent(raw);

    test('is recognised as the right kind of event, with its name and outcome', () => {
      expect(event.kind).toBe(expected.kind);
      expect(event.eventName).toBe(expected.eventName);
      expect(event.outcome).toBe(expected.outcome);
    });

    test('reports the region, the acting and receiving accounts, source IP and root identity', () => {
      const recipient = expected.recipientAccountId ?? ACCOUNT_ID;
      const acting = expected.actingAccountId ?? recipient;
      expect(event.region).toBe(expected.region);
      expect(event.accountId).toBe(acting);
      expect(event.recipientAccountId).toBe(recipient);
      expect(event.crossAccount).toBe(acting !== recipient);
      expect(event.sourceIp).toBe(expected.sourceIp);
      expect(event.identityType).toBe('Root');
      expect(event.principalArn).toBe(`arn:aws:iam::${acting}:root`);
    });

    test('keeps the event id, source, time and user agent from the record', () => {
      expect(event.eventId).toBe(raw.detail.eventID);
      expect(event.eventSource).toBe(raw.detail.eventSource);
      expect(event.eventTime).toBe(raw.detail.eventTime);
      expect(event.userAgent).toBe(raw.detail.userAgent);
    });

    test('reads MFA use for sign-ins only', () => {
      if (expected.kind === EventKind.SIGN_IN) {
        expect(event.mfaUsed).toBe(expected.mfaUsed);
      } else {
        expect(event.mfaUsed).toBeUndefined();
      }
    });

    test('tells an action of an sts:AssumeRoot session from other root use', () => {
      expect(event.assumedRoot).toBe(expected.assumedRoot ?? false);
    });

    test('finds nothing odd about it', () => {
      expect(event.oddities).toEqual([]);
    });
  });
});

describe('parseRootEvent details', () => {
  // A hub receives members' events forwarded by EventBridge; AWS does not
  // document that the envelope keeps the source's account and region, so
  // the CloudTrail record decides.
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-account.html
  test('takes the accounts and region from the record, and flags an envelope sent by another account than the record names', () => {
    // EventBridge writes the envelope's account as the account that sent the
    // event ("rules with an account field do not match any events sent from
    // other accounts"), so a member's forwarded event carries the member:
    // a hub's own account there means the record names someone else.
    // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutPermission.html
    const raw = fixture('org-member-root-api-call.json');
    raw.account = ACCOUNT_ID;
    raw.region = 'us-east-1';

    const event = parseRootEvent(raw);

    expect(event.accountId).toBe(OTHER_ACCOUNT_ID);
    expect(event.recipientAccountId).toBe(OTHER_ACCOUNT_ID);
    expect(event.region).toBe('eu-west-1');
    expect(event.crossAccount).toBe(false);
    expect(event.unverifiedSender).toBe(ACCOUNT_ID);
    expect(event.oddities).toEqual([`the event was sent by account ${ACCOUNT_ID} but names ${OTHER_ACCOUNT_ID} as the account that received it`]);
  });

  test('takes the region from the record, not from an envelope of another region', () => {
    const raw = fixture('org-member-root-api-call.json');
    raw.region = 'us-east-1';
    const event = parseRootEvent(raw);
    expect(event.region).toBe('eu-west-1');
    expect(event.oddities).toEqual([]);
  });

  test('falls back on the envelope only for what the record lacks', () => {
    const raw = fixture('org-member-root-api-call.json');
    delete raw.detail.recipientAccountId;
    delete raw.detail.awsRegion;

    const event = parseRootEvent(raw);

    expect(event.recipientAccountId).toBe(raw.account);
    expect(event.region).toBe(raw.region);
  });

  test('a failed sign-in keeps its error message though it has no error code', () => {
    const event = parseRootEvent(fixture('root-console-login-failure.json'));

    expect(event.errorCode).toBeUndefined();
    expect(event.errorMessage).toBe('Failed authentication');
  });

  test('a denied API call keeps its error code and message', () => {
    const event = parseRootEvent(fixture('root-api-access-denied.json'));

    expect(event.errorCode).toBe('AccessDenied');
    expect(event.errorMessage).toMatch(/not authorized to perform: iam:CreateUser/);
  });

  test('a sign-in with an empty access key id reports no access key', () => {
    expect(parseRootEvent(fixture('root-console-login-no-mfa.json')).accessKeyId).toBeUndefined();
  });

  test('an API call reports the access key and whether its session used MFA', () => {
    const withMfa = parseRootEvent(fixture('root-api-create-access-key.json'));
    const withoutMfa = parseRootEvent(fixture('root-api-deactivate-mfa-device.json'));
    const longTermKey = parseRootEvent(fixture('root-api-stop-logging.json'));

    expect(withMfa.accessKeyId).toBe('ASIAIOSFODNN7EXAMPLE');
    expect(withMfa.mfaAuthenticatedSession).toBe(true);
    expect(withoutMfa.mfaAuthenticatedSession).toBe(false);
    expect(longTermKey.mfaAuthenticatedSession).toBeUndefined();
  });

  test('a read-only call is marked read-only and a write is not', () => {
    expect(parseRootEvent(fixture('root-api-describe-instances-readonly.json')).readOnly).toBe(true);
    expect(parseRootEvent(fixture('root-api-s3-put-bucket-policy.json')).readOnly).toBe(false);
  });

  test.each([
    [true, true],
    ['YES', true],
    ['true', true],
    [false, false],
    ['no', false],
    ['maybe', undefined],
    [1, undefined],
  ])('MFAUsed %p is read as %p', (value, expected) => {
    const raw = fixture('root-console-login-mfa-success.json');
    raw.detail.additionalEventData.MFAUsed = value;

    expect(parseRootEvent(raw).mfaUsed).toBe(expected);
  });

  test('a sign-in that states no result has an unknown outcome rather than a guessed one', () => {
    const raw = fixture('root-console-login-mfa-success.json');
    delete raw.detail.responseElements;

    expect(parseRootEvent(raw).outcome).toBe(Outcome.UNKNOWN);
  });

  test('an API call with an error message but no error code counts as failed', () => {
    const raw = fixture('root-api-stop-logging.json');
    raw.detail.errorMessage = 'Something went wrong';

    const event = parseRootEvent(raw);

    expect(event.outcome).toBe(Outcome.FAILURE);
    expect(event.errorMessage).toBe('Something went wrong');
  });

  test('the envelope account and region stand in when the record lacks them', () => {
    const raw = fixture('root-api-delete-trail.json');
    delete raw.detail.recipientAccountId;
    delete raw.detail.userIdentity.accountId;
    delete raw.detail.userIdentity.arn;
    delete raw.detail.awsRegion;
    raw.account = '444455556666';

    const event = parseRootEvent(raw);

    expect(event.accountId).toBe('444455556666');
    expect(event.recipientAccountId).toBe('444455556666');
    expect(event.crossAccount).toBe(false);
    expect(event.region).toBe('us-east-2');
  });

  // A call on a resource of another account is recorded for both: "the
  // accountId and recipientAccountID values will be the same for the event
  // delivered to the account that made the call, but the values will be
  // different for the event that is delivered to the account that owns" the
  // resource. The fixture is the copy the bucket owner receives when another
  // account's root reads one of its objects; S3 delivers object-level events
  // to the bucket owner too, with a sharedEventID (the S3 example log entry
  // shows recipientAccountId and userIdentity.accountId differing).
  // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-s3-info.html#cloudtrail-object-level-crossaccount
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-understanding-s3-entries.html
  test("another account's root acting on this account's resource: the acting account is the root's, not the recipient", () => {
    const event = parseRootEvent(fixture('root-api-cross-account-s3-get-object.json'));

    expect(event.accountId).toBe(OTHER_ACCOUNT_ID);
    expect(event.recipientAccountId).toBe(ACCOUNT_ID);
    expect(event.crossAccount).toBe(true);
    expect(event.principalArn).toBe(`arn:aws:iam::${OTHER_ACCOUNT_ID}:root`);
    expect(event.oddities).toEqual([]);
  });

  test('the acting account comes from the root ARN without userIdentity.accountId, and from the recipient without either', () => {
    const raw = fixture('root-api-cross-account-s3-get-object.json');
    delete raw.detail.userIdentity.accountId;

    expect(parseRootEvent(raw).accountId).toBe(OTHER_ACCOUNT_ID);
    expect(parseRootEvent(raw).crossAccount).toBe(true);

    delete raw.detail.userIdentity.arn;
    const event = parseRootEvent(raw);

    expect(event.accountId).toBe(ACCOUNT_ID);
    expect(event.crossAccount).toBe(false);
  });

  test('the envelope time stands in when the record has no eventTime', () => {
    const raw = fixture('root-api-delete-trail.json');
    delete raw.detail.eventTime;

    const event = parseRootEvent(raw);

    expect(event.eventTime).toBe(raw.time);
    expect(event.oddities).toEqual([]);
  });

  test('does not change the event it is given', () => {
    const raw = fixture('root-console-login-failure.json');
    const before = copy(raw);

    parseRootEvent(raw);

    expect(raw).toEqual(before);
  });
});

describe('parseRootEvent on malformed input never throws and explains what is odd', () => {
  test.each([
    ['null', null, /not a JSON object \(got null\)/],
    ['a string', 'ConsoleLogin', /not a JSON object \(got string\)/],
    ['a number', 42, /not a JSON object \(got number\)/],
    ['undefined', undefined, /not a JSON object \(got undefined\)/],
    ['an array', [fixture('root-console-login-no-mfa.json')], /not a JSON object \(got an array\)/],
  ])('%s is an unknown event', (_label, input, oddity) => {
    const event = parseWithoutThrowing(input);

    expect(event.kind).toBe(EventKind.UNKNOWN);
    expect(event.eventName).toBe('UnknownEvent');
    expect(event.outcome).toBe(Outcome.UNKNOWN);
    expect(event.oddities).toEqual(expect.arrayContaining([expect.stringMatching(oddity)]));
    expect(event.oddities).toEqual(expect.arrayContaining([
      expect.stringMatching(/userIdentity\.type is missing/),
      expect.stringMatching(/no eventName/),
      expect.stringMatching(/no eventTime/),
    ]));
  });

  test('an empty object says it has no detail, no name and no time', () => {
    const event = parseWithoutThrowing({});

    expect(event.kind).toBe(EventKind.UNKNOWN);
    expect(event.oddities).toEqual(expect.arrayContaining([
      expect.stringMatching(/no "detail" object/),
      expect.stringMatching(/no eventName/),
      expect.stringMatching(/no eventTime/),
    ]));
  });

  test('a bare CloudTrail record is still read in full, and noted as bare', () => {
    const record = fixture('root-console-login-no-mfa.json').detail;

    const event = parseWithoutThrowing(record);

    expect(event.oddities).toEqual([expect.stringMatching(/bare CloudTrail record/)]);
    expect(event.kind).toBe(EventKind.SIGN_IN);
    expect(event.eventName).toBe('ConsoleLogin');
    expect(event.outcome).toBe(Outcome.SUCCESS);
    expect(event.mfaUsed).toBe(false);
    expect(event.region).toBe('us-east-1');
    expect(event.accountId).toBe(ACCOUNT_ID);
    expect(event.sourceIp).toBe('198.51.100.77');
  });

  test('a bare API call record is recognised as an API call', () => {
    const event = parseWithoutThrowing(fixture('root-api-stop-logging.json').detail);

    expect(event.kind).toBe(EventKind.API_CALL);
    expect(event.eventName).toBe('StopLogging');
  });

  test('an envelope without detail keeps what the envelope says', () => {
    const raw = fixture('root-api-stop-logging.json');
    delete raw.detail;

    const event = parseWithoutThrowing(raw);

    expect(event.oddities).toEqual(expect.arrayContaining([
      expect.stringMatching(/no "detail" object/),
      expect.stringMatching(/no eventName/),
    ]));
    expect(event.kind).toBe(EventKind.API_CALL);
    expect(event.accountId).toBe(ACCOUNT_ID);
    expect(event.region).toBe('eu-west-1');
    expect(event.eventTime).toBe('2024-11-05T04:15:31Z');
  });

  test('a detail that is not an object is treated as missing', () => {
    const raw = fixture('root-api-stop-logging.json');
    raw.detail = 'StopLogging';

    const event = parseWithoutThrowing(raw);

    expect(event.oddities).toEqual(expect.arrayContaining([expect.stringMatching(/no "detail" object/)]));
    expect(event.eventName).toBe('UnknownEvent');
  });

  test('a non-Root identity is named in the oddities', () => {
    const raw = fixture('root-api-create-access-key.json');
    raw.detail.userIdentity.type = 'IAMUser';

    const event = parseWithoutThrowing(raw);

    expect(event.identityType).toBe('IAMUser');
    expect(event.oddities).toEqual([expect.stringMatching(/userIdentity\.type is 'IAMUser', not 'Root'/)]);
    expect(event.eventName).toBe('CreateAccessKey');
  });

  test('a missing userIdentity is named in the oddities', () => {
    const raw = fixture('root-api-create-access-key.json');
    delete raw.detail.userIdentity;

    const event = parseWithoutThrowing(raw);

    expect(event.identityType).toBeUndefined();
    expect(event.oddities).toEqual([expect.stringMatching(/userIdentity\.type is missing/)]);
  });

  test('an unexpected detail-type is named, and the kind is taken from the record', () => {
    const signIn = fixture('root-console-login-mfa-success.json');
    signIn['detail-type'] = 'AWS Console Sign-In via CloudTrail v2';
    const apiCall = fixture('root-api-delete-trail.json');
    apiCall['detail-type'] = 'Something Else';
    const neither = fixture('root-api-delete-trail.json');
    neither['detail-type'] = 'Something Else';
    delete neither.detail.eventType;

    const signInEvent = parseWithoutThrowing(signIn);
    const apiCallEvent = parseWithoutThrowing(apiCall);
    const unknownEvent = parseWithoutThrowing(neither);

    expect(signInEvent.oddities).toEqual(["unexpected detail-type 'AWS Console Sign-In via CloudTrail v2'"]);
    expect(signInEvent.kind).toBe(EventKind.SIGN_IN);
    expect(apiCallEvent.oddities).toEqual(["unexpected detail-type 'Something Else'"]);
    expect(apiCallEvent.kind).toBe(EventKind.API_CALL);
    expect(unknownEvent.kind).toBe(EventKind.UNKNOWN);
  });

  test('an event with no time anywhere says so', () => {
    const raw = fixture('root-api-delete-trail.json');
    delete raw.detail.eventTime;
    delete raw.time;

    const event = parseWithoutThrowing(raw);

    expect(event.eventTime).toBeUndefined();
    expect(event.oddities).toEqual(['the event has no eventTime']);
  });

  test('fields of the wrong type are ignored rather than trusted', () => {
    const raw = fixture('root-api-delete-trail.json');
    raw.detail.eventName = 42;
    raw.detail.sourceIPAddress = { ip: '203.0.113.9' };
    raw.detail.readOnly = 'false';
    raw.detail.userIdentity.sessionContext = 'yes';
    raw.detail.responseElements = ['Success'];

    const event = parseWithoutThrowing(raw);

    expect(event.eventName).toBe('UnknownEvent');
    expect(event.sourceIp).toBeUndefined();
    expect(event.readOnly).toBeUndefined();
    expect(event.mfaAuthenticatedSession).toBeUndefined();
    expect(event.oddities).toEqual(['the event has no eventName']);
  });
});
