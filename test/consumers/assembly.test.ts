import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Annotations, App, CfnResource, Stack } from 'aws-cdk-lib';
import { readAssembly } from '../../consumers/assembly';
import { normaliseTemplate } from '../../consumers/normalise';

let outdir: string;
beforeEach(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-assembly-'));
});
afterEach(() => {
  fs.rmSync(outdir, { recursive: true, force: true });
});

/**
 * Synthesizes a small app as the consumer apps do (a fixed environment,
 * app.synth()), with the metadata that `cdk synth` asks for on top.
 */
function synthesize(): void {
  const app = new App({ outdir, analyticsReporting: true, context: { 'aws:cdk:enable-path-metadata': true } });
  const stack = new Stack(app, 'Checked', { env: { account: '111122223333', region: 'us-east-1' } });
  const topic = new CfnResource(stack, 'Topic', { type: 'AWS::SNS::Topic' });
  topic.addMetadata('cdk_nag', { rules_to_suppress: [{ id: 'AwsSolutions-SNS2', reason: 'a reason of ten' }] });
  Annotations.of(topic).addError('broken on purpose');
  Annotations.of(stack).addWarningV2('test:warning', 'careful');
  const other = new Stack(app, 'Other', { env: { account: '111122223333', region: 'us-east-1' } });
  new CfnResource(other, 'Queue', { type: 'AWS::SQS::Queue' });
  app.synth();
}

test('every stack is read with its template, by artifact id', () => {
  synthesize();
  const stacks = readAssembly(outdir);
  expect([...stacks.keys()].sort()).toEqual(['Checked', 'Other']);
  expect(stacks.get('Checked')!.template.Resources.Topic.Type).toBe('AWS::SNS::Topic');
});

test('errors and warnings are read, without the stack trace', () => {
  synthesize();
  const annotations = readAssembly(outdir).get('Checked')!.annotations;
  expect(annotations).toContainEqual({ path: '/Checked/Topic', type: 'aws:cdk:error', data: 'broken on purpose' });
  expect(annotations.filter((a) => a.type === 'aws:cdk:warning')).toHaveLength(1);
  expect(annotations.find((a) => 'trace' in a)).toBeUndefined();
  expect(readAssembly(outdir).get('Other')!.annotations).toEqual([]);
});

test('metadata written inline in manifest.json (older aws-cdk-lib) is read too', () => {
  fs.writeFileSync(path.join(outdir, 'Old.template.json'), JSON.stringify({ Resources: {} }));
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({
    version: '40.0.0',
    artifacts: {
      Old: {
        type: 'aws:cloudformation:stack',
        properties: { templateFile: 'Old.template.json' },
        metadata: { '/Old/Thing': [{ type: 'aws:cdk:error', data: 'old layout', trace: ['at x'] }, { type: 'aws:cdk:logicalId', data: 'Thing' }] },
      },
      Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } },
    },
  }));
  const stacks = readAssembly(outdir);
  expect([...stacks.keys()]).toEqual(['Old']);
  expect(stacks.get('Old')!.annotations).toEqual([{ path: '/Old/Thing', type: 'aws:cdk:error', data: 'old layout' }]);
});

test('normalising removes the CDK bookkeeping and keeps the rest', () => {
  synthesize();
  const template = readAssembly(outdir).get('Checked')!.template;
  // What the CDK wrote, so the test fails if a release stops writing it.
  expect(template.Resources.CDKMetadata).toBeDefined();
  expect(template.Parameters.BootstrapVersion).toBeDefined();
  expect(template.Rules.CheckBootstrapVersion).toBeDefined();
  expect(template.Resources.Topic.Metadata['aws:cdk:path']).toBe('Checked/Topic');

  expect(normaliseTemplate(template)).toEqual({
    Resources: {
      Topic: {
        Type: 'AWS::SNS::Topic',
        Metadata: { cdk_nag: { rules_to_suppress: [{ id: 'AwsSolutions-SNS2', reason: 'a reason of ten' }] } },
      },
    },
  });
});

test('normalising leaves the template it was given alone', () => {
  const template = { Resources: { R: { Type: 'T', Metadata: { 'aws:cdk:path': 'S/R' } } } };
  normaliseTemplate(template);
  expect(template.Resources.R.Metadata).toEqual({ 'aws:cdk:path': 'S/R' });
});

test('a resource left without metadata loses the empty section', () => {
  expect(normaliseTemplate({
    Resources: { R: { Type: 'T', Metadata: { 'aws:cdk:path': 'S/R', 'aws:asset:path': 'asset.1' } } },
  })).toEqual({ Resources: { R: { Type: 'T' } } });
});
