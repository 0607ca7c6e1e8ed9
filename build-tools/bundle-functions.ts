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
import * as path from 'path';
import * as esbuild from 'esbuild';
import { writeThirdPartyLicenses } from './third-party-licenses';

const ROOT = path.join(__dirname, '..');
/** The functions, each bundled from lambda-src/<name>/index.ts to assets/<name>/. */
export const FUNCTIONS = ['notifier', 'coverage', 'posture'];
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

  writeThirdPartyLicenses(result.metafile, path.join(outDir, 'THIRD-PARTY-LICENSES.txt'), `The ${name} bundle (index.js)`);
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
