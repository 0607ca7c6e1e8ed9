/**
 * THIRD-PARTY-LICENSES.txt for an esbuild bundle that ships in our npm
 * package: the licence of every package whose code the bundle contains,
 * each distinct text printed once under the names of all packages that
 * carry it (most AWS SDK packages share one Apache-2.0 text).
 *
 * Used for the Lambda bundles (build-tools/bundle-functions.ts) and the
 * CLI bundle (build-tools/bundle-cli.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Metafile } from 'esbuild';

const ROOT = path.join(__dirname, '..');
const LICENCE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE', 'NOTICE'];

/** The directory of the npm package a bundled file came from. */
function packageDirOf(input: string): string | undefined {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match ? path.join(ROOT, match[1]) : undefined;
}

function licenceOf(packageDir: string): { readonly name: string; readonly text: string } {
  const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const texts = LICENCE_FILES
    .map((name) => path.join(packageDir, name))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file, 'utf8').trim());
  const text = texts.length > 0 ? texts.join('\n\n') : `License: ${manifest.license ?? 'not stated'}`;
  return { name: `${manifest.name}@${manifest.version}`, text };
}

/** Writes `file` listing the licences of the packages in `metafile`; `what` names the bundle in its first line. */
export function writeThirdPartyLicenses(metafile: Metafile, file: string, what: string): void {
  const packageDirs = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDirOf(input);
    if (dir !== undefined) packageDirs.add(dir);
  }
  const namesByText = new Map<string, string[]>();
  for (const { name, text } of [...packageDirs].sort().map(licenceOf)) {
    namesByText.set(text, [...namesByText.get(text) ?? [], name]);
  }
  const notices = [...namesByText].map(([text, names]) => `${names.join('\n')}\n\n${text}`);
  fs.writeFileSync(file, `${what} contains code from these packages.\n\n${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`);
}
