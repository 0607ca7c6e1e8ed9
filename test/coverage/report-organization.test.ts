import { AccessDeniedException, CloseAccountCommand, ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { hub, useMoto } from './report-harness';
import { createOrganization, motoClientConfig, MOTO_MANAGEMENT_ACCOUNT } from './support';
import type { NeverSeenAccount } from '../../lambda-src/coverage/events';

/*
 * LIST_ACCOUNTS=true against moto's Organizations: a real organization,
 * created with CreateOrganization and CreateAccount, listed with the
 * report's own ListAccounts calls. moto stamps JoinedTimestamp with the
 * wall clock, so these tests set the report's clock from the wall clock
 * too. The one thing moto cannot do, refuse, is stubbed: AccessDenied comes
 * from aws-sdk-client-mock.
 */

const env = useMoto();

const HOUR = 60;
/** A week after the organization is created: long past the two-interval grace. */
const aWeekLater = () => new Date(Date.now() + 7 * 24 * 3600_000);

function sortedAccounts(accounts: NeverSeenAccount[]): NeverSeenAccount[] {
  return [...accounts].sort((a, b) => (a.account < b.account ? -1 : 1));
}

describe('the coverage report with the organization\'s account list', () => {
  test('names a silent region and an account never seen in one report', async () => {
    const ids = await createOrganization(env.organizations, ['workloads', 'sandbox']);
    const workloads = ids.get('workloads')!;
    const h = hub(env, aWeekLater(), { listAccounts: true });
    await h.beat(`${MOTO_MANAGEMENT_ACCOUNT}/eu-west-1`, `${MOTO_MANAGEMENT_ACCOUNT}/us-east-1`, `${workloads}/eu-west-1`, `${workloads}/us-east-1`);
    h.time.advance(3 * HOUR);
    await h.beat(`${MOTO_MANAGEMENT_ACCOUNT}/eu-west-1`, `${MOTO_MANAGEMENT_ACCOUNT}/us-east-1`, `${workloads}/eu-west-1`);

    await expect(h.report()).resolves.toMatchObject({ reason: 'changed', problems: 2 });

    const reports = await h.queued();
    expect(reports).toHaveLength(1);
    expect(reports[0].report.detail).toMatchObject({
      silent: [{ account: workloads, region: 'us-east-1' }],
      neverSeenRegions: [],
      neverSeenAccounts: [{ account: ids.get('sandbox'), name: 'sandbox' }],
    });
    expect(reports[0].report.detail.accountListError).toBeUndefined();
  });

  test('lists every account, 20 to a page', async () => {
    // moto pages ListAccounts by 100 unless asked otherwise, and accepts
    // MaxResults above AWS's documented 20; the middleware holds the report
    // to AWS's limit and 45 accounts make it follow NextToken.
    const names = Array.from({ length: 45 }, (_, index) => `member-${String(index).padStart(2, '0')}`);
    const ids = await createOrganization(env.organizations, names);
    const requests: Array<number | undefined> = [];
    const organizations = new OrganizationsClient(motoClientConfig(env.moto.endpoint));
    organizations.middlewareStack.add((next, context) => async (args) => {
      if (context.commandName === 'ListAccountsCommand') {
        requests.push((args.input as { MaxResults?: number }).MaxResults);
      }
      return next(args);
    }, { step: 'initialize', name: 'recordPageSizes' });
    const h = hub(env, aWeekLater(), { listAccounts: true });
    await h.beat(`${MOTO_MANAGEMENT_ACCOUNT}/eu-west-1`);

    await h.report({ organizations });

    expect(requests).toEqual([20, 20, 20]);
    const [{ report }] = await h.queued();
    expect(report.detail.neverSeenAccounts).toEqual(sortedAccounts(names.map((name) => ({ account: ids.get(name)!, name }))));
    organizations.destroy();
  });

  test('gives an account that just joined two intervals before naming it', async () => {
    const ids = await createOrganization(env.organizations, ['fresh', 'rolling-out']);
    const [fresh, rollingOut] = [ids.get('fresh')!, ids.get('rolling-out')!];
    const h = hub(env, new Date(Date.now() + 10 * 60_000), { listAccounts: true });
    await h.beat(`${MOTO_MANAGEMENT_ACCOUNT}/eu-west-1`, `${MOTO_MANAGEMENT_ACCOUNT}/us-east-1`, `${rollingOut}/eu-west-1`);

    await expect(h.report()).resolves.toMatchObject({ reason: undefined, problems: 0 });
    expect(await h.queued()).toHaveLength(0);

    h.time.advance(3 * HOUR);
    await h.beat(`${MOTO_MANAGEMENT_ACCOUNT}/eu-west-1`, `${MOTO_MANAGEMENT_ACCOUNT}/us-east-1`, `${rollingOut}/eu-west-1`);
    await h.report();

    const [{ report }] = await h.queued();
    expect(report.detail.neverSeenAccounts).toEqual([{ account: fresh, name: 'fresh' }]);
    expect(report.detail.neverSeenRegions).toEqual([{ account: rollingOut, region: 'us-east-1' }]);
  });

  test('names neither closed accounts nor the regions they fell silent in', async () => {
    const ids = await createOrganization(env.organizations, ['closing', 'closed-unseen', 'active-unseen']);
    const h = hub(env, aWeekLater(), { listAccounts: true });
    await h.beat(`${MOTO_MANAGEMENT_ACCOUNT}/eu-west-1`, `${ids.get('closing')}/eu-west-1`);
    await env.organizations.send(new CloseAccountCommand({ AccountId: ids.get('closing') }));
    await env.organizations.send(new CloseAccountCommand({ AccountId: ids.get('closed-unseen') }));
    h.time.advance(3 * HOUR);
    await h.beat(`${MOTO_MANAGEMENT_ACCOUNT}/eu-west-1`);

    await h.report();

    const [{ report }] = await h.queued();
    expect(report.detail).toMatchObject({ silent: [], neverSeenRegions: [], neverSeenAccounts: [{ account: ids.get('active-unseen'), name: 'active-unseen' }] });
    expect(h.entries()).toContainEqual(expect.objectContaining({ message: 'Coverage report queued', inactiveAccountsIgnored: 1 }));
  });

  describe('when the accounts cannot be listed', () => {
    const denied = () => {
      const organizations = new OrganizationsClient(motoClientConfig(env.moto.endpoint));
      mockClient(organizations).on(ListAccountsCommand).rejects(new AccessDeniedException({
        message: 'You don\'t have permissions to access this resource.', $metadata: {},
      }));
      return organizations;
    };

    test('still reports, once, saying why', async () => {
      const h = hub(env, '2030-06-10T08:00:00Z', { listAccounts: true });
      await h.beat('111122223333/eu-west-1');
      const organizations = denied();

      await expect(h.report({ organizations })).resolves.toMatchObject({ reason: 'changed', problems: 0 });
      await h.report({ organizations });

      const reports = await h.queued();
      expect(reports).toHaveLength(1);
      expect(reports[0].report.detail).toMatchObject({
        reason: 'changed', silent: [], neverSeenAccounts: [], accountListError: 'AccessDeniedException: You don\'t have permissions to access this resource.',
      });
      expect(h.entries()).toContainEqual(expect.objectContaining({ level: 'ERROR', errorName: 'AccessDeniedException' }));
      expect(h.entries().filter((entry) => entry.message === 'Coverage all clear')).toEqual([]);
    });

    test('keeps naming the accounts it last saw unseen, rather than calling them recovered', async () => {
      const ids = await createOrganization(env.organizations, ['sandbox']);
      const h = hub(env, aWeekLater(), { listAccounts: true });
      await h.beat(`${MOTO_MANAGEMENT_ACCOUNT}/eu-west-1`);
      await h.report();
      expect((await h.queued())[0].report.detail.neverSeenAccounts).toEqual([{ account: ids.get('sandbox'), name: 'sandbox' }]);

      h.time.advance(HOUR);
      await h.beat(`${MOTO_MANAGEMENT_ACCOUNT}/eu-west-1`);
      await h.report({ organizations: denied() });

      const [{ report }] = await h.queued();
      expect(report.detail).toMatchObject({
        reason: 'changed', neverSeenAccounts: [{ account: ids.get('sandbox'), name: 'sandbox' }], recovered: [], accountListError: expect.stringMatching(/^AccessDeniedException: /),
      });
    });
  });
});
