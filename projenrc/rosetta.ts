import { cdk } from 'projen';

/**
 * Where jsii-rosetta writes the translated examples: next to the assembly,
 * where jsii-pacmak loads a tablet when it renders the Python and Java docs,
 * and where Construct Hub finds one in the npm package.
 */
const TABLET = '.jsii.tabl.json';

/**
 * Examples are code (STYLE.md, item 20): every README and docstring example
 * compiles under jsii-rosetta in strict mode, with the fixtures in rosetta/,
 * and the Python and Java docs show Python and Java. A broken example fails
 * the build.
 */
export function addRosetta(project: cdk.JsiiProject): void {
  // Recorded in the assembly: wherever jsii-rosetta translates our examples,
  // one that does not compile is then an error even without --fail.
  project.package.file.addOverride('jsii.metadata.jsii.rosetta.strict', true);

  const extract = project.addTask('rosetta:extract', {
    description: `Compile every README and docstring example (strict) and translate them into ${TABLET}`,
    steps: [
      // Never start from an old tablet: rosetta would reuse its translations
      // and miss a change in aws-cdk-lib that breaks an example.
      { exec: `rm -f ${TABLET}` },
      { exec: 'jsii-rosetta extract --compile --fail' },
    ],
  });

  project.gitignore.exclude(`/${TABLET}`);
  // Shipped, so Construct Hub shows our translations rather than redoing them.
  project.addPackageIgnore(`!/${TABLET}`);
  project.addPackageIgnore('/rosetta/');

  // First after compile, so that the bindings and every package task find
  // the tablet. Hooked here rather than into those tasks, which change.
  project.postCompileTask.prependSpawn(extract);
}
