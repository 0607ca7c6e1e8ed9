import * as fs from 'fs';
import * as path from 'path';

/**
 * Where the build puts the bundled handler (see `bundle:notifier` in
 * .projenrc.ts). The same relative path holds from `src/` in tests and from
 * `lib/` in the published package.
 */
export const NOTIFIER_ASSET_DIR = path.join(__dirname, '..', 'assets', 'notifier');

/** Throws when the bundled handler is missing, i.e. the package was built without it. */
export function checkNotifierAsset(where: string): void {
  if (!fs.existsSync(path.join(NOTIFIER_ASSET_DIR, 'index.js'))) {
    throw new Error(`${where}: the bundled notifier handler is missing from ${NOTIFIER_ASSET_DIR}; run 'npx projen bundle:notifier'`);
  }
}
