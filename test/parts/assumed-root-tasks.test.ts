import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as handler from '../../lambda-src/notifier/events/assumed-root-tasks';
import { AssumedRootTasks, RootActivityNotifier } from '../../src';
import { newStack } from '../helpers';

describe('assumedRootTasks', () => {
  test('the construct writes exactly the values the handler reads', () => {
    expect(Object.values(AssumedRootTasks).sort()).toEqual(Object.values(handler.AssumedRootTasks).sort());
  });

  test.each(Object.values(AssumedRootTasks))('%s reaches the notifier as ASSUMED_ROOT_TASKS', (tasks) => {
    const stack = newStack();
    new RootActivityNotifier(stack, 'Notifier', { topic: new sns.Topic(stack, 'Topic'), assumedRootTasks: tasks });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ ASSUMED_ROOT_TASKS: tasks }) },
    });
  });
});
