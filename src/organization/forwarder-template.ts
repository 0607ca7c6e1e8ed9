import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, BootstraplessSynthesizer, CfnParameter, Duration, Stack } from 'aws-cdk-lib';
import { RootActivityForwarder } from './root-activity-forwarder';

/** The member template's one parameter: the bus the forwarders send to. */
export const EVENT_BUS_ARN_PARAMETER = 'RootActivityEventBusArn';

/**
 * The most bytes a template passed inline to a StackSet may have.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackSet.html
 */
export const MAX_INLINE_TEMPLATE_BYTES = 51_200;

/**
 * The CloudFormation template every member account and region receives from
 * `RootActivityForwarderStackSet`: a `RootActivityForwarder` synthesized in
 * a stack of its own, so the StackSet deploys exactly what the construct
 * defines. The synthesizer refuses assets, so the template needs no bucket
 * and no asset parameters; the bus ARN is a template parameter, so it may be
 * a value known only at deploy time.
 *
 * The forwarder keeps its default names here, whatever the StackSet's
 * props, so that a hub and `RootActivityGuardrailPolicy` can name its rules
 * and role in every account. The role's name is fixed (with the region in
 * it), which CloudFormation accepts only with CAPABILITY_NAMED_IAM.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackSet.html
 */
export function forwarderTemplate(options: {
  readonly includeReadOnlyApiCalls?: boolean;
  readonly heartbeatInterval?: Duration;
}): Record<string, any> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'root-activity-forwarder-'));
  try {
    const app = new App({ outdir, analyticsReporting: false });
    const stack = new Stack(app, 'RootActivityForwarder', {
      synthesizer: new BootstraplessSynthesizer(),
      description: 'Forwards root user activity to the organization\'s root activity hub (cdk-root-activity-monitor)',
    });
    const busArn = new CfnParameter(stack, EVENT_BUS_ARN_PARAMETER, {
      type: 'String',
      description: 'The ARN of the event bus root events are forwarded to',
      allowedPattern: '^arn:aws[a-z-]*:events:[a-z0-9-]+:\\d{12}:event-bus/.+$',
    });
    new RootActivityForwarder(stack, 'Forwarder', {
      eventBusArn: busArn.valueAsString,
      includeReadOnlyApiCalls: options.includeReadOnlyApiCalls,
      heartbeatInterval: options.heartbeatInterval,
    });
    const template = app.synth().getStackByName(stack.stackName).template;
    return withoutMetadata(template);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Resource metadata (rule-pack acknowledgements) means nothing to a StackSet and costs template bytes. */
function withoutMetadata(template: Record<string, any>): Record<string, any> {
  const resources = Object.fromEntries(Object.entries(template.Resources ?? {})
    .map(([id, resource]) => {
      const { Metadata: _metadata, ...rest } = resource as Record<string, unknown>;
      return [id, rest];
    }));
  return { ...template, Resources: resources };
}
