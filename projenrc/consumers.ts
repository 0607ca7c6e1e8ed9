import { awscdk } from 'projen';

/** An aws-cdk-lib release and the constructs release installed with it. */
export interface CdkVersions {
  readonly cdk: string;
  readonly constructs: string;
}

export interface ConsumerTaskOptions {
  /** The peer range's floor. */
  readonly floor: CdkVersions;
  /** The current release on npm, which the library is built and tested against. */
  readonly current: CdkVersions;
  /**
   * The release the Python and Java apps install, and the TypeScript app
   * they are compared with. PyPI and Maven Central publish aws-cdk-lib later
   * than npm, so this can lag `current`.
   */
  readonly bindings: CdkVersions;
}

/**
 * The consumer apps in consumers/: a TypeScript, a Python and a Java CDK app
 * that install the packages `build` wrote to dist/ and synthesize every
 * documented configuration. They download aws-cdk-lib for each language and
 * take minutes, so they are tasks of their own that CI runs after `build`,
 * not part of it.
 */
export function addConsumerTasks(project: awscdk.AwsCdkConstructLibrary, options: ConsumerTaskOptions): void {
  const { floor, current, bindings } = options;

  project.addPackageIgnore('/consumers/');
  project.gitignore.exclude(
    '/consumers/*/cdk.out/',
    '/consumers/typescript/.work/',
    '/consumers/python/.venv/',
    '/consumers/java/target/',
  );
  // The TypeScript app imports the installed package, not src/: it has a
  // tsconfig of its own and is type-checked by run.sh at each version.
  project.tsconfigDev.addExclude('consumers/typescript');
  project.eslint?.addLintPattern('consumers');
  project.eslint?.addIgnorePattern('consumers/typescript/');
  project.eslint?.allowDevDeps('consumers/**');

  const compare = (...dirs: string[]) => `ts-node --project tsconfig.dev.json consumers/compare.ts ${dirs.join(' ')}`;
  const typescript = (label: string, versions: CdkVersions) =>
    `bash consumers/typescript/run.sh ${label} ${versions.cdk} ${versions.constructs}`;
  const bindingsAreCurrent = bindings.cdk === current.cdk && bindings.constructs === current.constructs;
  const baseline = bindingsAreCurrent ? 'current' : 'bindings';

  project.addTask('test:consumers', {
    description: 'Synthesize every documented configuration with the built npm tarball, wheel and jar, as TypeScript, Python and Java apps, and compare the templates (run `build` first)',
    steps: [
      { exec: typescript(baseline, bindings) },
      { exec: `bash consumers/python/run.sh ${bindings.cdk} ${bindings.constructs}` },
      { exec: `bash consumers/java/run.sh ${bindings.cdk} ${bindings.constructs}` },
      { exec: compare(`consumers/typescript/cdk.out/${baseline}`, 'consumers/python/cdk.out', 'consumers/java/cdk.out') },
      // The top of the peer range; test:floor covers the bottom.
      ...(bindingsAreCurrent ? [] : [
        { exec: typescript('current', current) },
        { exec: compare('consumers/typescript/cdk.out/current') },
      ]),
    ],
  });

  // Every template the TypeScript app synthesized at the current release,
  // and the StackSets' inline member templates, as CloudFormation reads them.
  project.addTask('test:templates', {
    description: 'Lint the consumer apps\' templates and the StackSet member templates with cfn-lint (from PyPI), failing on any error (run `test:consumers` first)',
    steps: [{ exec: 'bash build-tools/lint-templates.sh consumers/typescript/cdk.out/current' }],
  });

  project.addTask('test:floor', {
    description: `Synthesize every documented configuration with the built npm tarball against the peer range's floor (aws-cdk-lib ${floor.cdk}, constructs ${floor.constructs}) and type-check src/ against it (run \`build\` first)`,
    steps: [
      { exec: typescript('floor', floor) },
      { exec: 'bash consumers/typescript/check-src-at-floor.sh' },
      { exec: compare('consumers/typescript/cdk.out/floor') },
    ],
  });
}
