import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AccountAliasResolver } from '../../../lambda-src/notifier/accounts/account-alias';
import { collectingLogger } from '../support';

const iamMock = mockClient(IAMClient);

function newResolver() {
  const logged = collectingLogger();
  const resolver = new AccountAliasResolver(new IAMClient({ region: 'us-east-1' }), logged.log);
  return { resolver, ...logged };
}

beforeEach(() => {
  iamMock.reset();
});

afterAll(() => {
  iamMock.restore();
});

describe('AccountAliasResolver', () => {
  test('returns the first alias IAM lists', async () => {
    iamMock.on(ListAccountAliasesCommand).resolves({ AccountAliases: ['acme-production', 'ignored'] });
    const { resolver, lines } = newResolver();

    await expect(resolver.resolve()).resolves.toBe('acme-production');
    expect(lines).toEqual([]);
  });

  test('asks IAM once, however often it is asked', async () => {
    iamMock.on(ListAccountAliasesCommand).resolves({ AccountAliases: ['acme-production'] });
    const { resolver } = newResolver();

    const concurrent = await Promise.all([resolver.resolve(), resolver.resolve(), resolver.resolve()]);
    const later = [await resolver.resolve(), await resolver.resolve()];

    expect([...concurrent, ...later]).toEqual(Array(5).fill('acme-production'));
    expect(iamMock).toHaveReceivedCommandTimes(ListAccountAliasesCommand, 1);
  });

  test('does not keep IAM waiting longer than a Lambda invocation can afford', async () => {
    iamMock.on(ListAccountAliasesCommand).resolves({ AccountAliases: ['acme-production'] });
    const { resolver } = newResolver();

    await resolver.resolve();

    const options = (iamMock.call(0).args as unknown[])[1] as { abortSignal?: AbortSignal } | undefined;
    expect(options?.abortSignal).toBeInstanceOf(AbortSignal);
  });

  test.each([
    ['no alias list', {}],
    ['an empty alias list', { AccountAliases: [] }],
    ['an empty alias', { AccountAliases: [''] }],
  ])('answers undefined, without a warning, when IAM returns %s', async (_label, response) => {
    iamMock.on(ListAccountAliasesCommand).resolves(response);
    const { resolver, lines } = newResolver();

    await expect(resolver.resolve()).resolves.toBeUndefined();
    expect(lines).toEqual([]);
  });

  test('an account without an alias is not asked about again', async () => {
    iamMock.on(ListAccountAliasesCommand).resolves({ AccountAliases: [] });
    const { resolver } = newResolver();

    await resolver.resolve();
    await resolver.resolve();

    expect(iamMock).toHaveReceivedCommandTimes(ListAccountAliasesCommand, 1);
  });

  test('an IAM error answers undefined and is logged as a warning with the error', async () => {
    const denied = Object.assign(new Error('User is not authorized to perform: iam:ListAccountAliases'), { name: 'AccessDenied' });
    iamMock.on(ListAccountAliasesCommand).rejects(denied);
    const { resolver, entries } = newResolver();

    await expect(resolver.resolve()).resolves.toBeUndefined();

    expect(entries()).toEqual([expect.objectContaining({
      level: 'WARN',
      message: expect.stringMatching(/account alias/),
      errorName: 'AccessDenied',
      errorMessage: expect.stringMatching(/not authorized/),
    })]);
  });

  test('after an IAM error, the next resolve() asks again and can succeed', async () => {
    iamMock.on(ListAccountAliasesCommand)
      .rejectsOnce(new Error('Rate exceeded'))
      .resolves({ AccountAliases: ['acme-production'] });
    const { resolver } = newResolver();

    await expect(resolver.resolve()).resolves.toBeUndefined();
    await expect(resolver.resolve()).resolves.toBe('acme-production');
    await expect(resolver.resolve()).resolves.toBe('acme-production');

    expect(iamMock).toHaveReceivedCommandTimes(ListAccountAliasesCommand, 2);
  });

  test('after a client that throws before it returns a promise, the next resolve() still asks again', async () => {
    iamMock.on(ListAccountAliasesCommand).resolves({ AccountAliases: ['acme-production'] });
    const { log, entries } = collectingLogger();
    const iam = new IAMClient({ region: 'us-east-1' });
    // The real client can throw synchronously while it builds its middleware; the mock cannot.
    jest.spyOn(iam, 'send').mockImplementationOnce(() => {
      throw new Error('Region is missing');
    });
    const resolver = new AccountAliasResolver(iam, log);

    await expect(resolver.resolve()).resolves.toBeUndefined();
    await expect(resolver.resolve()).resolves.toBe('acme-production');

    expect(entries().map((entry) => [entry.level, entry.errorMessage])).toEqual([['WARN', 'Region is missing']]);
  });
});
