/**
 * Fails when the given folders hold an import circle, type-only imports
 * included.
 *
 *   ts-node build-tools/check-import-cycles.ts src lambda-src simulator
 */
import * as path from 'path';
import { importCycles, importGraph, sourceFiles } from './import-cycles';

const dirs = process.argv.slice(2);
const files = sourceFiles(dirs);
const cycles = importCycles(importGraph(files));
if (cycles.length > 0) {
  for (const cycle of cycles) {
    console.error(`Import circle: ${cycle.map((file) => path.relative(process.cwd(), file)).join(' <-> ')}`);
  }
  console.error(`${cycles.length} import circle(s) in ${dirs.join(', ')}: move what both sides need where both can import it one way`);
  process.exit(1);
}
console.log(`No import circle among ${files.length} files in ${dirs.join(', ')}`);
