import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', '..', 'src');

/**
 * What each folder of src/ may import, as its index.ts says: a folder uses
 * only those below it, so a reader can follow a construct down and a change
 * to a lower folder never needs a higher one.
 */
const MAY_IMPORT: Record<string, string[]> = {
  compliance: [],
  delivery: ['compliance'],
  validation: ['delivery'],
  health: ['delivery', 'compliance'],
  parts: ['delivery', 'compliance', 'validation'],
  monitor: ['parts', 'delivery', 'health', 'compliance', 'validation'],
  organization: ['monitor', 'parts', 'delivery', 'compliance', 'validation'],
};

const IMPORT = /\bfrom\s+'(\.{1,2}\/[^']+)'/g;

function folders(): string[] {
  return fs.readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** The folders of src/ that `folder`'s files import, with the importing file. */
function importsOf(folder: string): Array<{ file: string; folder: string }> {
  const dir = path.join(SRC, folder);
  return fs.readdirSync(dir).filter((name) => name.endsWith('.ts')).flatMap((name) => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    return [...text.matchAll(IMPORT)].map((match) => {
      const target = path.relative(SRC, path.resolve(dir, match[1]));
      return { file: `${folder}/${name}`, folder: target.split(path.sep)[0] };
    }).filter((edge) => edge.folder !== folder);
  });
}

describe('the folders of src/', () => {
  test('are the ones the layering knows, and src/ has at most five files of its own', () => {
    expect(folders()).toEqual(Object.keys(MAY_IMPORT).sort());
    const topFiles = fs.readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
    expect(topFiles).toEqual(['index.ts']);
  });

  test.each(Object.keys(MAY_IMPORT))('%s imports only the folders its index.ts allows', (folder) => {
    const forbidden = importsOf(folder).filter((edge) => !MAY_IMPORT[folder].includes(edge.folder));
    expect(forbidden).toEqual([]);
  });

  test.each(Object.keys(MAY_IMPORT))('%s/index.ts says what it may import, as enforced here', (folder) => {
    const header = fs.readFileSync(path.join(SRC, folder, 'index.ts'), 'utf8');
    const said = /May import: ([^\n]*)/.exec(header)?.[1] ?? '';
    expect([...said.matchAll(/([a-z]+)\//g)].map((match) => match[1]).sort()).toEqual([...MAY_IMPORT[folder]].sort());
  });

  test('the check sees a forbidden import', () => {
    // A lower folder importing a higher one is what the test exists to catch.
    expect(MAY_IMPORT.delivery).not.toContain('organization');
    expect(importsOf('organization').some((edge) => edge.folder === 'monitor')).toBe(true);
  });
});
