import { cdk, Task, TaskShell } from 'projen';

/**
 * Where jsii-rosetta writes the translated examples: next to the assembly,
 * where jsii-pacmak loads a tablet when it renders the Python and Java docs,
 * and where Construct Hub finds one in the npm package.
 */
const TABLET = '.jsii.tabl.json';

/**
 * Where `rosetta:docs` writes the copy of the assembly whose submodules'
 * READMEs are the docs/ pages (rosetta/docs-assembly.ts).
 */
const DOCS_ASSEMBLY = 'dist-rosetta-docs';

/**
 * Examples are code (STYLE.md, item 20): every example of the README, of the
 * docs/ pages and of a docstring compiles under jsii-rosetta in strict mode,
 * with the fixtures in rosetta/, and the Python and Java docs show Python and
 * Java. A broken example, or a doc that falls back to TypeScript, fails the
 * build.
 *
 * Call it once the `bindings` task exists: the translation check reuses that
 * task's generated code, and generates its own only when there is none.
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

  const docs = docsExamples(project);

  // First after compile, so that the bindings and every package task find
  // the tablet. Hooked here rather than into those tasks, which change.
  // (prependSpawn puts each task first: the check, the docs/ pages before
  // it, then extract before them.)
  const check = translationCheck(project);
  if (check) {
    project.postCompileTask.prependSpawn(check);
  }
  project.postCompileTask.prependSpawn(docs);
  project.postCompileTask.prependSpawn(extract);
}

/**
 * The README on Construct Hub stays short and links to docs/ on GitHub, but
 * `jsii-rosetta extract` reads only the assembly's README and docstrings. So
 * rosetta/docs-assembly.ts writes a copy of the assembly in which each docs/
 * page is a submodule's README, and rosetta compiles those examples as it
 * does the README's: same fixtures, strict, and any error fails the build and
 * names the page (`cdk-root-activity-monitor.docs_<page>-README-L<line>`).
 * Their translations stay in that copy: Python and Java users read the pages
 * on GitHub, in TypeScript. The copy is removed once every example compiles,
 * and left for a look when one does not.
 */
function docsExamples(project: cdk.JsiiProject): Task {
  project.gitignore.exclude(`/${DOCS_ASSEMBLY}/`);
  project.addPackageIgnore(`/${DOCS_ASSEMBLY}/`);
  // Its lib/ is a link to ours: no second copy of the declarations to type-check.
  project.tsconfigDev.addExclude(DOCS_ASSEMBLY);
  // The README links to the pages on GitHub; the npm package needs none of them.
  project.addPackageIgnore('/docs/');
  project.eslint?.addLintPattern('rosetta');

  return project.addTask('rosetta:docs', {
    description: 'Compile every TypeScript example of docs/*.md (strict), with the README\'s fixtures in rosetta/',
    steps: [
      { exec: `ts-node --project tsconfig.dev.json rosetta/docs-assembly.ts ${DOCS_ASSEMBLY}` },
      { exec: `jsii-rosetta extract --strict ${DOCS_ASSEMBLY}` },
      { exec: `rm -rf ${DOCS_ASSEMBLY}` },
    ],
  });
}

/**
 * A TypeScript `new` with a single-quoted id, e.g. `new Stack(app, 'Home'`;
 * no translation writes one. `[(]` rather than `\\(`: projen's built-in shell
 * drops backslashes inside double quotes.
 */
const UNTRANSLATED = "new [A-Z][A-Za-z.]*[(][A-Za-z]+, '";

/**
 * Greps the generated Python and Java for the README's first example and the
 * RootActivityMonitor docstring example in their own language, and for any
 * example left in TypeScript (pacmak copies an example verbatim when the
 * tablet lacks it). Adds the greps to the `bindings` task when it exists and
 * returns nothing; otherwise returns a task that generates the code itself.
 */
function translationCheck(project: cdk.JsiiProject) {
  const bindings = project.tasks.tryFind('bindings');
  const dir = bindings ? 'dist-bindings' : 'dist-rosetta-check';
  const python = `${dir}/python`;
  const java = `${dir}/java/src/main/java/io/github/cdkrootactivitymonitor`;
  const contains = (file: string, text: string) => `grep -qF '${text}' ${file}`;
  const greps = [
    contains(`${python}/README.md`, 'RootActivityMonitor(self, "RootActivity",'),
    contains(`${python}/README.md`, 'email_subscriptions='),
    contains(`${python}/src/cdk_root_activity_monitor/__init__.py`, 'RootActivityMonitor(self, "RootActivity",'),
    contains(`${java}/package-info.java`, 'RootActivityMonitor.Builder.create(this, "RootActivity")'),
    contains(`${java}/RootActivityMonitor.java`, 'RootActivityMonitor.Builder.create(this, "RootActivity")'),
  ];
  const addChecks = (task: Task) => {
    greps.forEach((grep) => task.exec(grep));
    // grep exits 1 when nothing matches, 0 on a match (printed) and 2 when it
    // cannot read a file: only 1 passes. In sh, as projen's built-in shell
    // cannot run `test $? -eq 1`.
    task.exec(`grep -rnE "${UNTRANSLATED}" ${python} ${java}; test $? -eq 1`, { shell: TaskShell.sh() });
  };

  if (bindings) {
    addChecks(bindings);
    return undefined;
  }
  project.gitignore.exclude(`/${dir}/`);
  project.addPackageIgnore(`/${dir}/`);
  const check = project.addTask('rosetta:check', {
    description: 'Check that the generated Python and Java docs show the examples in Python and Java',
    steps: [
      { exec: `rm -rf ${dir}` },
      { exec: `jsii-pacmak --code-only --target python --target java --outdir ${dir}` },
    ],
  });
  addChecks(check);
  return check;
}
