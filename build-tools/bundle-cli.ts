/**
 * Bundles the declare-root-use command (cli/declare-root-use/) with the AWS
 * SDK into assets/cli/declare-root-use.js, the file package.json's `bin`
 * names (.projenrc.ts). assets/ ships in the npm package, and jsii copies
 * `bin` into the assembly, so the Python package installs the command too
 * (it runs this file with Node.js); Java users get the AWS CLI line that
 * --dry-run prints.
 *
 * The SDK is bundled rather than a dependency: jsii allows only jsii
 * libraries as dependencies, and `npx -p cdk-root-activity-monitor` then
 * runs without installing anything beside the package.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as esbuild from 'esbuild';
import { writeThirdPartyLicenses } from './third-party-licenses';

const ROOT = path.join(__dirname, '..');
export const CLI_OUT_DIR = path.join(ROOT, 'assets', 'cli');
export const CLI_BUNDLE = path.join(CLI_OUT_DIR, 'declare-root-use.js');

async function main(): Promise<void> {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'cli', 'declare-root-use', 'main.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    // The user's Node.js, not Lambda's: the package's own floor (engines).
    target: 'node20',
    format: 'cjs',
    minify: true,
    mainFields: ['module', 'main'],
    // npm links `bin` files as they are, so the file names its interpreter;
    // on Windows npm writes a wrapper that reads this line.
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  // Executable in the tarball, for a bin run through a plain link.
  fs.chmodSync(CLI_BUNDLE, 0o755);
  writeThirdPartyLicenses(result.metafile, path.join(CLI_OUT_DIR, 'THIRD-PARTY-LICENSES.txt'), 'The declare-root-use command (declare-root-use.js)');
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
