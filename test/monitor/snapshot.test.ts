import { Template } from 'aws-cdk-lib/assertions';
import { RootActivityMonitor } from '../../src';
import { newStack } from '../helpers';

/**
 * A complement to the fine-grained tests, never a replacement: it shows in
 * review what a change does to the whole template. The handler's asset hash
 * changes with every edit of lambda-src, so it is replaced by a stable token.
 */
function stableTemplate(): unknown {
  const stack = newStack();
  new RootActivityMonitor(stack, 'Monitor', { emailSubscriptions: ['security@example.com'] });
  const json = JSON.stringify(Template.fromStack(stack).toJSON());
  return JSON.parse(json.replace(/[0-9a-f]{64}(\.zip)?/g, 'ASSET-HASH'));
}

test('the default monitor template matches its snapshot', () => {
  expect(stableTemplate()).toMatchSnapshot();
});
