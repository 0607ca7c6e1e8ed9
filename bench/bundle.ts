/**
 * The notifier bundle as shipped, and esbuild builds of comparison bundles
 * made with the same options, so differences come from what is bundled and
 * not from how.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import * as esbuild from 'esbuild';
import { FUNCTION_BUILD_OPTIONS } from '../build-tools/bundle-functions';

export const PROJECT_ROOT = path.join(__dirname, '..');
export const NOTIFIER_BUNDLE = path.join(PROJECT_ROOT, 'assets', 'notifier', 'index.js');
const NOTIFIER_SOURCE_DIR = path.join(PROJECT_ROOT, 'lambda-src', 'notifier');

/** The same options the build bundles the notifier with. */
const BUILD_OPTIONS = FUNCTION_BUILD_OPTIONS;

export interface SizeReport {
  readonly bytes: number;
  readonly gzipBytes: number;
}

export function sizeOf(file: string): SizeReport {
  const content = fs.readFileSync(file);
  // gzip at zlib's default level: a stand-in for the size of the zipped asset.
  return { bytes: content.length, gzipBytes: zlib.gzipSync(content).length };
}

/** Problems that make the figures misleading, but not wrong enough to stop. */
export function bundleWarnings(): string[] {
  const warnings: string[] = [];
  const bundleTime = fs.statSync(NOTIFIER_BUNDLE).mtimeMs;
  const newer = fs.readdirSync(NOTIFIER_SOURCE_DIR)
    .filter((name) => fs.statSync(path.join(NOTIFIER_SOURCE_DIR, name)).mtimeMs > bundleTime);
  if (newer.length > 0) {
    warnings.push(`assets/notifier/index.js is older than lambda-src/notifier/${newer.join(', ')}; run \`npx projen bundle:functions\``);
  }
  return warnings;
}

export interface BuiltBundle {
  readonly file: string;
  readonly metafile: esbuild.Metafile;
}

/** What to bundle: a file of the project, or TypeScript source resolved from the project root. */
export type Entry = { readonly file: string } | { readonly source: string };

/** Bundles `entry` into `outDir/name.js` with the shipped bundle's options. */
export async function buildBundle(outDir: string, name: string, entry: Entry, plugins: esbuild.Plugin[] = []): Promise<BuiltBundle> {
  const file = path.join(outDir, `${name}.js`);
  const result = await esbuild.build({
    ...BUILD_OPTIONS,
    ...('file' in entry
      ? { entryPoints: [path.join(PROJECT_ROOT, entry.file)] }
      : { stdin: { contents: entry.source, resolveDir: PROJECT_ROOT, loader: 'ts', sourcefile: `${name}.ts` } }),
    // Metafile paths are relative to this, whatever directory the bench runs from.
    absWorkingDir: PROJECT_ROOT,
    outfile: file,
    metafile: true,
    plugins,
  });
  return { file, metafile: result.metafile };
}

/** Bytes in the output per npm package (or 'lambda-src'), largest first. */
export function bytesByPackage(metafile: esbuild.Metafile): [string, number][] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const owner = match ? match[1] : input.startsWith('lambda-src/') ? 'lambda-src' : input;
      totals.set(owner, (totals.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...totals.entries()].sort(([, a], [, b]) => b - a);
}
