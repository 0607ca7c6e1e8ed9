/**
 * Bundles each Lambda function in lambda-src/ (one folder per function)
 * into assets/<function>/index.js, and writes the licences of every package
 * a bundle contains beside it, since the bundles ship their code in our npm
 * package (luxon's MIT licence asks for its notice to travel with it).
 *
 * The AWS SDK is bundled (pinned) rather than taken from the Lambda runtime:
 * a function then runs exactly the code the tests ran, and `module` entry
 * points keep the bundles small (see bench/).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as esbuild from 'esbuild';

const ROOT = path.join(__dirname, '..');
/** The functions, each bundled from lambda-src/<name>/index.ts to assets/<name>/. */
export const FUNCTIONS = ['notifier', 'coverage', 'posture'];
const LICENCE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE', 'NOTICE'];

/** The directory of the npm package a bundled file came from. */
function packageDirOf(input: string): string | undefined {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match ? path.join(ROOT, match[1]) : undefined;
}

/** The package's name@version and its licence text. */
function licenceOf(packageDir: string): { readonly name: string; readonly text: string } {
  const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const texts = LICENCE_FILES
    .map((name) => path.join(packageDir, name))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file, 'utf8').trim());
  const text = texts.length > 0 ? texts.join('\n\n') : `License: ${manifest.license ?? 'not stated'}`;
  return { name: `${manifest.name}@${manifest.version}`, text };
}

/** How every function is bundled; bench/ builds its comparison bundles the same way. */
export const FUNCTION_BUILD_OPTIONS: esbuild.BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: true,
  mainFields: ['module', 'main'],
  // The licences go to THIRD-PARTY-LICENSES.txt instead.
  legalComments: 'none',
  logLevel: 'warning',
};

async function bundle(name: string): Promise<void> {
  const outDir = path.join(ROOT, 'assets', name);
  const result = await esbuild.build({
    ...FUNCTION_BUILD_OPTIONS,
    entryPoints: [path.join(ROOT, 'lambda-src', name, 'index.ts')],
    outfile: path.join(outDir, 'index.js'),
    metafile: true,
  });

  const packageDirs = new Set<string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const dir = packageDirOf(input);
    if (dir !== undefined) packageDirs.add(dir);
  }
  // Most SDK packages carry the same Apache-2.0 text: print each text once,
  // under the names of all packages that carry it.
  const namesByText = new Map<string, string[]>();
  for (const { name: packageName, text } of [...packageDirs].sort().map(licenceOf)) {
    namesByText.set(text, [...namesByText.get(text) ?? [], packageName]);
  }
  const notices = [...namesByText].map(([text, names]) => `${names.join('\n')}\n\n${text}`);
  fs.writeFileSync(path.join(outDir, 'THIRD-PARTY-LICENSES.txt'),
    `The ${name} bundle (index.js) contains code from these packages.\n\n${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`);
}

async function main(): Promise<void> {
  for (const name of FUNCTIONS) {
    await bundle(name);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
