import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { importCycles, importGraph, sourceFiles } from '../../build-tools/import-cycles';

/** Files in a fresh folder, by relative path and content. */
function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cycles-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

const cyclesIn = (root: string) => importCycles(importGraph(sourceFiles([root])))
  .map((cycle) => cycle.map((file) => path.relative(root, file)));

describe('the import-circle check', () => {
  test('finds a circle made of a type-only import, which eslint\'s import/no-cycle would let through', () => {
    const root = tree({
      'monitor.ts': "import { resolve } from './parts';\nexport interface Props { a?: string }\n",
      'parts.ts': "import type { Props } from './monitor';\nexport const resolve = (p: Props) => p;\n",
      'other.ts': "import { resolve } from './parts';\n",
    });
    expect(cyclesIn(root)).toEqual([['monitor.ts', 'parts.ts']]);
  });

  test('follows re-exports and folder index files, and a longer circle', () => {
    const root = tree({
      'index.ts': "export * from './a';\n",
      'a.ts': "import { b } from './sub';\nexport const a = b;\n",
      'sub/index.ts': "export { b } from './b';\n",
      'sub/b.ts': "import { c } from '../c';\nexport const b = c;\n",
      'c.ts': "import { a } from './a';\nexport const c = a;\n",
    });
    expect(cyclesIn(root)).toEqual([['a.ts', 'c.ts', 'sub/b.ts', 'sub/index.ts']]);
  });

  test('passes imports that go one way, and ignores packages', () => {
    const root = tree({
      'props.ts': "import * as sns from 'aws-cdk-lib/aws-sns';\nexport interface Props { topic?: sns.ITopic }\n",
      'monitor.ts': "import type { Props } from './props';\nimport { check } from './check';\nexport const m = (p: Props) => check(p);\n",
      'check.ts': "import type { Props } from './props';\nexport const check = (p: Props) => p;\n",
    });
    expect(cyclesIn(root)).toEqual([]);
  });

  test('finds none in the project\'s own code', () => {
    const root = path.join(__dirname, '..', '..');
    expect(importCycles(importGraph(sourceFiles(['src', 'lambda-src', 'simulator'].map((dir) => path.join(root, dir)))))).toEqual([]);
  });
});
