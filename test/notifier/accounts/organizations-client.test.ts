import { DescribeAccountCommand } from '@aws-sdk/client-organizations';
import { createOrganizationsClient } from '../../../lambda-src/notifier/accounts/account-name-lookup';

/*
 * Organizations is a global service: in the aws partition only
 * organizations.us-east-1.amazonaws.com answers, and requests are signed
 * for us-east-1. The notifier may run in any region (a hub in eu-west-1),
 * so the client it builds must get there from the function's region.
 * https://docs.aws.amazon.com/organizations/latest/APIReference/Welcome.html ("Endpoint to call")
 *
 * No mock here: the real client resolves the endpoint and signs, and a
 * middleware after signing captures the request and stops it before it
 * leaves.
 */

const SAVED_ENV = { ...process.env };

afterEach(() => {
  process.env = { ...SAVED_ENV };
});

/** The request the client would send for DescribeAccount from a function in `region`. */
async function requestFrom(region: string): Promise<{ hostname: string; authorization: string }> {
  // The Lambda runtime sets these; fixed test keys keep the SDK from
  // searching for credentials.
  process.env = {
    ...SAVED_ENV,
    AWS_REGION: region,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  };
  const client = createOrganizationsClient();
  let request: { hostname: string; headers: Record<string, string> } | undefined;
  client.middlewareStack.add((_next) => async (args) => {
    request = args.request as typeof request;
    throw new Error('captured');
  }, { step: 'finalizeRequest', priority: 'low', name: 'captureRequest' });

  await expect(client.send(new DescribeAccountCommand({ AccountId: '444455556666' }))).rejects.toThrow('captured');
  return { hostname: request!.hostname, authorization: request!.headers.authorization };
}

describe('the Organizations client the notifier builds', () => {
  test.each(['us-east-1', 'eu-west-1', 'ap-southeast-2'])('in %s, calls organizations.us-east-1.amazonaws.com, signed for us-east-1', async (region) => {
    const { hostname, authorization } = await requestFrom(region);

    expect(hostname).toBe('organizations.us-east-1.amazonaws.com');
    expect(authorization).toMatch(/Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/organizations\/aws4_request/);
  });

  test('in GovCloud, stays in its own partition rather than calling us-east-1', async () => {
    const { hostname } = await requestFrom('us-gov-west-1');

    expect(hostname).toBe('organizations.us-gov-west-1.amazonaws.com');
  });
});
