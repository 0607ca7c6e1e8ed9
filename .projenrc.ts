import { awscdk, DependencyType, javascript, JsonFile, TextFile } from 'projen';
import { UpdateSnapshot } from 'projen/lib/javascript';
import { addConsumerTasks } from './projenrc/consumers';
import { addRosetta } from './projenrc/rosetta';

/** The oldest aws-cdk-lib and constructs the library supports (the peer range's floor). */
const FLOOR_CDK_VERSION = '2.182.0';
const FLOOR_CONSTRUCTS_VERSION = '10.0.0';
/** The releases the library is built and tested against. */
const CURRENT_CDK_VERSION = '2.276.0';
const CURRENT_CONSTRUCTS_VERSION = '10.8.1';
/**
 * The newest aws-cdk-lib that npm, PyPI and Maven Central all have, for the
 * Python and Java consumer apps: the latter two publish later (when 2.276.0
 * was current on npm, PyPI had up to 2.275.0 and Maven Central 2.263.0).
 * Raise it with CURRENT_CDK_VERSION as far as Maven Central allows.
 */
const BINDINGS_CDK_VERSION = '2.263.0';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-root-activity-monitor',
  description:
    'AWS CDK constructs that tell you within seconds when an AWS account root user signs in or calls an API: trail, EventBridge rule, alias-aware notifier and CIS metric-filter alarm.',
  author: 'cdk-root-activity-monitor contributors',
  authorAddress: 'maintainers@example.com',
  repositoryUrl: 'https://github.com/cdk-root-activity-monitor/cdk-root-activity-monitor.git',
  license: 'Apache-2.0',
  // 0.x: the API may still change in a minor release (README, "Versions").
  stability: 'experimental',
  keywords: ['cdk', 'aws-cdk', 'awscdk', 'root', 'root-user', 'cloudtrail', 'eventbridge', 'security', 'cis', 'alarm'],
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  // aws-cdk-lib's own floor: the library needs nothing newer at synth time.
  minNodeVersion: '20.0.0',
  devEngines: { runtime: { name: 'node', version: '>=22.0.0', onFail: 'warn' } },

  // The peer range starts at the oldest aws-cdk-lib the library works with:
  // 2.182.0 is the first release whose sns.ITopic exposes `masterKey`, which
  // the notifier needs to grant itself the topic key (README, "Versions").
  // A new `cdk init` app gets 2.187.0, inside the range. We build and test
  // against the current release (devDeps below) and CI synthesizes against
  // the floor too (test:floor).
  cdkVersion: FLOOR_CDK_VERSION,
  constructsVersion: FLOOR_CONSTRUCTS_VERSION,
  peerDependencyOptions: { pinnedDevDependency: false },
  jsiiVersion: '~6.0.0',

  // Bindings: `npx projen build` builds the wheel and the jar too (see
  // Packages below).
  publishToPypi: {
    distName: 'cdk-root-activity-monitor',
    module: 'cdk_root_activity_monitor',
  },
  publishToMaven: {
    javaPackage: 'io.github.cdkrootactivitymonitor',
    mavenGroupId: 'io.github.cdk-root-activity-monitor',
    mavenArtifactId: 'cdk-root-activity-monitor',
  },

  tsconfigDevFile: 'tsconfig.dev.json',
  // One type-aware lint project for src, test, lambda-src, bench and demo.
  eslintOptions: { dirs: ['src'], projectService: false, tsconfigPath: './tsconfig.dev.json' },
  sampleCode: false,

  jestOptions: {
    // CI must never rewrite a snapshot: a changed template fails the run.
    updateSnapshot: UpdateSnapshot.NEVER,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
    },
  },

  // Everything the notifier Lambda imports is bundled into its asset at build
  // time, so none of it is a runtime dependency of the library (jsii accepts
  // only jsii libraries there).
  devDeps: [
    `aws-cdk-lib@${CURRENT_CDK_VERSION}`,
    '@aws-sdk/client-iam',
    '@aws-sdk/client-sns',
    '@aws-sdk/client-organizations',
    // The coverage functions of a hub (lambda-src/coverage/).
    '@aws-sdk/client-dynamodb',
    '@aws-sdk/client-sqs',
    // Planned root use windows (the notifier, declare-root-use) and the
    // posture check's state.
    '@aws-sdk/client-ssm',
    // The posture check's member audit (sts:AssumeRoot).
    '@aws-sdk/client-sts',
    'luxon',
    '@types/luxon',
    '@types/aws-lambda',
    'esbuild',
    'aws-sdk-client-mock',
    'aws-sdk-client-mock-jest',
    'cdk-nag',
    // AWS Control Tower's proactive controls as cfn-guard rules, run offline
    // over every documented configuration (test/compliance/control-tower.test.ts).
    '@cdklabs/cdk-validator-cfnguard',
    // cdk-nag 2 reads acknowledgements from resource metadata rather than
    // from aws-cdk-lib's Validations; test/compliance/nag.test.ts runs both majors.
    'cdk-nag-v2@npm:cdk-nag@^2.38.2',
    'fast-check',
  ],

  gitignore: ['/assets/', '/demo.out/', '/examples/organization/cdk.out/', '__pycache__/'],
});

// projen's CDK dependency handling drops a build dependency on constructs
// that is declared with the other devDeps; add it once the project exists.
project.deps.addDependency(`constructs@${CURRENT_CONSTRUCTS_VERSION}`, DependencyType.BUILD);

// Reserved words of Python, Java and the other targets are errors, not
// silenced warnings: a member named `lambda` would be awkward in Python.
// jsii's one other warning asks for devDeps pinned at the peer range's floor;
// we build against the current release (cdk-nag 3 needs it) and test:floor
// type-checks and synthesizes against the floor instead.
const JSII_FLAGS = '--fail-on-warnings --silence-warnings metadata/missing-dev-dependency';
project.compileTask.reset(`jsii ${JSII_FLAGS}`);
project.tasks.tryFind('watch')?.reset(`jsii -w ${JSII_FLAGS}`);

// unrs-resolver 1.13.0 (pulled in by the eslint import resolver) lacks some
// platform builds in the registry; without this pin `npm ci` rejects the
// lockfile on a fresh clone.
project.package.addField('overrides', { 'unrs-resolver': '1.12.2' });

// npm 11 runs no dependency install script unless package.json allows it,
// and lists every skipped one after each install. None of these is needed:
// esbuild and unrs-resolver take their native binaries from optional
// dependencies, and @parcel/watcher (used by projen's watch, not the build)
// ships prebuilt binaries. Denying them records that decision.
project.package.addField('allowScripts', { 'esbuild': false, 'unrs-resolver': false, '@parcel/watcher': false });

// Contributors and CI use the Node.js line in .nvmrc; the package itself
// asks no more of its users than aws-cdk-lib does (engines below).
const NODE_VERSION = '22';
new TextFile(project, '.nvmrc', { lines: [NODE_VERSION] });

// ---------------------------------------------------------------------------
// The Lambda functions: TypeScript in lambda-src/<function>/, bundled by
// esbuild into assets/<function>/index.js, which ships in the npm package and
// is loaded with Code.fromAsset. Consumers need neither esbuild nor Docker.
// ---------------------------------------------------------------------------
new JsonFile(project, 'lambda-src/tsconfig.json', {
  obj: {
    compilerOptions: {
      target: 'ES2022',
      module: 'node16',
      moduleResolution: 'node16',
      lib: ['es2022'],
      types: ['node'],
      strict: true,
      noImplicitReturns: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      noFallthroughCasesInSwitch: true,
      esModuleInterop: true,
      resolveJsonModule: true,
      skipLibCheck: true,
      noEmit: true,
    },
    include: ['**/*.ts'],
  },
});

const bundleFunctions = project.addTask('bundle:functions', {
  description: 'Type-check the Lambda functions in lambda-src/ and bundle each into assets/<function>/index.js',
  steps: [
    { exec: 'tsc -p lambda-src/tsconfig.json' },
    { exec: 'ts-node --project tsconfig.dev.json build-tools/bundle-functions.ts' },
  ],
});
project.preCompileTask.spawn(bundleFunctions);

// The declare-root-use command (cli/declare-root-use/, outside src/ so it is
// no part of the jsii API): type-checked like lambda-src/, then bundled with
// the AWS SDK into assets/cli/declare-root-use.js, which ships in the npm
// package as its `bin` (jsii copies `bin` into the assembly and the Python
// package installs it as a script). Built before compile and before tests,
// which run the bundle itself.
new JsonFile(project, 'cli/tsconfig.json', {
  obj: { extends: '../lambda-src/tsconfig.json', include: ['**/*.ts'] },
});
const bundleCli = project.addTask('bundle:cli', {
  description: 'Type-check the declare-root-use command in cli/ and bundle it into assets/cli/declare-root-use.js',
  steps: [
    { exec: 'tsc -p cli/tsconfig.json' },
    { exec: 'ts-node --project tsconfig.dev.json build-tools/bundle-cli.ts' },
  ],
});
project.preCompileTask.spawn(bundleCli);
project.addBins({ 'declare-root-use': 'assets/cli/declare-root-use.js' });

// No import circle in the library, the handler or the simulator: each file
// imports one way, so a reader can follow a part down. Type-only imports
// count (eslint's import/no-cycle skips them; madge 8 wants TypeScript 5).
const noCycles = project.addTask('check:cycles', {
  description: 'Fail on any import circle in src/, lambda-src/, simulator/ or cli/ (type-only imports included)',
  exec: 'ts-node --project tsconfig.dev.json build-tools/check-import-cycles.ts src lambda-src simulator cli',
});
project.testTask.prependSpawn(noCycles);
// Tests synthesize the functions, so a bare `projen test` bundles first too.
project.testTask.prependSpawn(bundleFunctions);
project.testTask.prependSpawn(bundleCli);
project.addPackageIgnore('!/assets/');
for (const devOnly of ['/.ci/', '/.nvmrc', '/bench/', '/build-tools/', '/demo/', '/demo.out/', '/examples/', '/lambda-src/', '/simulator/', '/cli/']) {
  project.addPackageIgnore(devOnly);
}
// The tarball is useless without the handler (and may not ship it without
// its licences), and should hold nothing else users do not need.
project.tasks.tryFind('package:js')?.exec('bash build-tools/check-npm-package.sh');

project.tsconfigDev.addInclude('.projenrc.ts');
project.eslint?.addLintPattern('lambda-src');
project.eslint?.addLintPattern('bench');
project.eslint?.addLintPattern('demo');
project.eslint?.addLintPattern('simulator');
project.eslint?.addLintPattern('examples');
project.eslint?.addLintPattern('cli');
project.eslint?.allowDevDeps('lambda-src/**');
project.eslint?.allowDevDeps('bench/**');
project.eslint?.allowDevDeps('demo/**');
project.eslint?.allowDevDeps('simulator/**');
project.eslint?.allowDevDeps('examples/**');
project.eslint?.allowDevDeps('cli/**');

// ---------------------------------------------------------------------------
// Demo: synthesize a stack offline and print what it contains.
// ---------------------------------------------------------------------------
const demo = project.addTask('demo', {
  description: 'Synthesize a demo stack offline (no AWS account) and print what it creates',
});
demo.spawn(bundleFunctions);
demo.exec('ts-node --project tsconfig.dev.json demo/main.ts');

// The organization walk-through (docs/organization.md) as an app: management, security and
// member accounts over three regions, synthesized offline.
const exampleOrganization = project.addTask('example:organization', {
  description: 'Synthesize the organization example (examples/organization/) offline into examples/organization/cdk.out',
});
exampleOrganization.spawn(bundleFunctions);
exampleOrganization.exec('ts-node --project tsconfig.dev.json examples/organization/app.ts');

// Renders the alert for an event file, offline, as subscribers would see it.
project.addTask('preview', {
  description: 'Render the notifier alert for an event file: preview <event.json> [--time-zone Z] [--account-name N]',
  steps: [{ exec: 'ts-node --project tsconfig.dev.json lambda-src/notifier/messages/preview.ts', receiveArgs: true }],
});

// The picture of a chat message in docs/chat.md and the README, drawn from
// the message the notifier builds (a test fails when it is out of date).
project.addTask('render:chat', {
  description: 'Draw docs/images/chat-alert.svg from the chat message for test/fixtures/root-console-login-no-mfa.json',
  steps: [{ exec: 'ts-node --project tsconfig.dev.json build-tools/render-chat-message.ts' }],
});

// The delivery path on a virtual clock: the rate and latency bounds of
// docs/bursts.md, measured on the real batch handler (simulator/).
project.addTask('simulate', {
  description: 'Send event files through the notifier\'s delivery path on a virtual clock: simulate --events <dir> --repeat <N> --rate <events per second> [--help for the model\'s flags]',
  steps: [{ exec: 'ts-node --project tsconfig.dev.json simulator/main.ts', receiveArgs: true }],
});
// The sustained rate up to which those bounds hold (docs/bursts.md).
project.addTask('simulate:ceiling', {
  description: 'Measure the delivery path\'s bounds at rising flood rates on the simulator: simulate:ceiling [--seconds 65] [--rates 1000,2000]',
  steps: [{ exec: 'ts-node --project tsconfig.dev.json simulator/ceiling.ts', receiveArgs: true }],
});

// Speed and size of the notifier, reported rather than asserted (bench/).
const bench = project.addTask('bench', {
  description: 'Benchmark the notifier: bundle size, cold start against an SNS-only bundle, per-event time',
});
bench.spawn(bundleFunctions);
bench.exec('ts-node --project tsconfig.dev.json bench/main.ts', { receiveArgs: true });

// ---------------------------------------------------------------------------
// Packages. `package` builds all three, with or without CI set (projen's
// default builds only the npm tarball under CI), so that CI builds and checks
// what Python and Java users install. package:python needs PyPI (setuptools,
// build and twine in a throw-away venv), package:java Maven Central.
// ---------------------------------------------------------------------------
project.packageTask.reset();
project.packageTask.spawn(project.tasks.tryFind('package-all')!);
// jsii-pacmak gives Maven a new empty local repository on every run, so each
// build downloaded about 180 MB again; the user's repository keeps it across
// builds (and the Java consumer app reuses it).
project.tasks.tryFind('package:java')?.reset('jsii-pacmak -v --target java --maven-local-repository "$HOME/.m2/repository"');
for (const target of ['python', 'java']) {
  project.tasks.tryFind(`package:${target}`)?.exec(`bash build-tools/check-binding-package.sh ${target}`);
}

// TypeScript, Python and Java apps that synthesize with the built packages
// (consumers/; test:consumers and test:floor, which CI runs after the build).
addConsumerTasks(project, {
  floor: { cdk: FLOOR_CDK_VERSION, constructs: FLOOR_CONSTRUCTS_VERSION },
  current: { cdk: CURRENT_CDK_VERSION, constructs: CURRENT_CONSTRUCTS_VERSION },
  bindings: { cdk: BINDINGS_CDK_VERSION, constructs: CURRENT_CONSTRUCTS_VERSION },
});

// Every README and docstring example compiles and is translated for Python
// and Java (projenrc/rosetta.ts), which checks the translation in code that
// jsii-pacmak generates for it.
addRosetta(project);
// A node_modules link (a second worktree sharing one install) is not a
// folder, so the default '/node_modules/' pattern would not ignore it.
project.gitignore.exclude('/node_modules');
// Jest writes its coverage report to /coverage/; projen's unanchored
// 'coverage' pattern would also hide the hub's coverage function and its
// tests (lambda-src/coverage/, test/coverage/) from git and eslint.
project.gitignore.removePatterns('coverage');
project.gitignore.exclude('/coverage/');
project.eslint?.ignorePatterns.splice(project.eslint.ignorePatterns.indexOf('coverage'), 1, '/coverage/');

project.synth();
