/**
 * Lets jsii-rosetta compile the examples of the docs/ pages.
 *
 * `jsii-rosetta extract` reads examples only from an assembly: its README,
 * its submodules' READMEs and its docstrings. The README on Construct Hub is
 * short and links to docs/, so their examples would go unchecked. This writes
 * a copy of the compiled assembly, next to the project, in which each page of
 * docs/ is the README of a submodule of its own (`<package>.docs_<page>`,
 * which names the page in rosetta's errors) and which carries nothing else to
 * compile: no README, no docstring example (`rosetta:extract` compiles those).
 * Links to the project's package.json, lib/ and rosetta/ make rosetta compile
 * each example as it compiles the README's: against this library and its
 * dependencies, inside the same fixtures, in strict mode (package.json's
 * `jsii.metadata`, copied with the assembly).
 *
 * Usage: ts-node rosetta/docs-assembly.ts <out dir>
 * then:  jsii-rosetta extract --strict <out dir>
 */
import * as fs from 'fs';
import * as path from 'path';

const DOCS = 'docs';
/** The fence languages rosetta compiles (`ts` and `typescript`). */
const TYPESCRIPT_FENCE = /^\s*```(ts|typescript)(\s|$)/gm;

function main(outDir: string | undefined): void {
  if (!outDir) {
    throw new Error('Usage: ts-node rosetta/docs-assembly.ts <out dir>');
  }
  if (!fs.existsSync('.jsii')) {
    throw new Error('No .jsii here: run `npx projen compile` first.');
  }
  const pages = fs.readdirSync(DOCS).filter((name) => name.endsWith('.md')).sort();
  if (pages.length === 0) {
    throw new Error(`No Markdown page in ${DOCS}/.`);
  }

  const assembly = JSON.parse(fs.readFileSync('.jsii', 'utf-8'));
  delete assembly.readme;
  dropExamples(assembly.types);
  assembly.submodules = {};
  let examples = 0;
  for (const page of pages) {
    const markdown = fs.readFileSync(path.join(DOCS, page), 'utf-8');
    const submodule = `${assembly.name}.docs_${page.replace(/\.md$/, '').replace(/[^A-Za-z0-9]/g, '_')}`;
    const count = markdown.match(TYPESCRIPT_FENCE)?.length ?? 0;
    examples += count;
    assembly.submodules[submodule] = { readme: { markdown } };
    if (count > 0) {
      console.log(`${DOCS}/${page}: ${count} TypeScript example(s); rosetta names them ${submodule}-README-L<line>`);
    }
  }
  if (examples === 0) {
    throw new Error(`No TypeScript example in ${DOCS}/: is the fence still \`\`\`ts?`);
  }

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, '.jsii'), JSON.stringify(assembly));
  // Relative links, so that the folder works wherever the clone is.
  const up = path.relative(outDir, '.');
  for (const name of ['package.json', 'lib', 'rosetta']) {
    fs.symlinkSync(path.join(up, name), path.join(outDir, name));
  }
}

/** Removes every docstring example: `rosetta:extract` has compiled them already. */
function dropExamples(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(dropExamples);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    const docs = record.docs as Record<string, unknown> | undefined;
    if (docs && typeof docs === 'object') {
      delete docs.example;
    }
    Object.values(record).forEach(dropExamples);
  }
}

main(process.argv[2]);
