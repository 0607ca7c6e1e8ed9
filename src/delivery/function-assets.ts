import * as fs from 'fs';
import * as path from 'path';

/** The bundled functions: the notifier, a hub's coverage functions, the posture check. */
export type FunctionName = 'notifier' | 'coverage' | 'posture';

/**
 * Where the build puts a bundled function (see `bundle:functions` in
 * .projenrc.ts). The same relative path holds from `src/delivery/` in tests and from
 * `lib/delivery/` in the published package.
 */
export function functionAssetDir(name: FunctionName): string {
  return path.join(__dirname, '..', '..', 'assets', name);
}

/** Where the notifier's bundle is. */
export const NOTIFIER_ASSET_DIR = functionAssetDir('notifier');

/** Where the bundle of a hub's coverage functions is. */
export const COVERAGE_ASSET_DIR = functionAssetDir('coverage');

/** Where the posture check's bundle is. */
export const POSTURE_ASSET_DIR = functionAssetDir('posture');

/** Throws when a bundled function is missing, i.e. the package was built without it. */
export function checkFunctionAsset(where: string, name: FunctionName): void {
  const dir = functionAssetDir(name);
  if (!fs.existsSync(path.join(dir, 'index.js'))) {
    throw new Error(`${where}: the bundled ${name} handler is missing from ${dir}; run 'npx projen bundle:functions'`);
  }
}
