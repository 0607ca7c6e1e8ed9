// Checks what the consumer apps synthesized (see README.md beside this file).
//
//   ts-node consumers/compare.ts <baseline> [<other>...]
//
// Each argument is a cloud assembly directory. Every one must hold a stack
// for each documented configuration and each organization stack (stacks.ts),
// with no error annotation.
// Each <other> must equal <baseline>: the same templates once CDK
// bookkeeping is removed (normalise.ts) and the same warnings, infos and
// acknowledgements. Prints the differences and exits non-zero on any failure.
import * as fs from 'fs';
import * as path from 'path';
import { Annotation, readAssembly, SynthesizedStack } from './assembly';
import { jsonDifferences, setDifferences } from './diff';
import { normaliseTemplate } from './normalise';
import { CONSUMER_STACKS, ORGANIZATION_STACKS } from './stacks';

/** Enough differences to see what went wrong, not a wall of text. */
const MAX_SHOWN = 30;

function main(dirs: string[]): number {
  if (dirs.length === 0) {
    console.error('usage: compare.ts <baseline cloud assembly> [<other cloud assembly>...]');
    return 2;
  }
  const problems: string[] = [];
  const expectedStacks = [...Object.values(CONSUMER_STACKS), ...ORGANIZATION_STACKS];
  const repeated = expectedStacks.filter((id, i) => expectedStacks.indexOf(id) !== i);
  if (repeated.length > 0) {
    // One stack would stand for two entries of stacks.ts, and hide a missing one.
    console.error(`stacks.ts names these stack ids twice: ${[...new Set(repeated)].join(', ')}`);
    return 2;
  }

  const missing = dirs.filter((dir) => !fs.existsSync(path.join(dir, 'manifest.json')));
  if (missing.length > 0) {
    console.error(`No cloud assembly in ${missing.join(', ')}: did the consumer app run?`);
    return 1;
  }
  const assemblies = dirs.map((dir) => ({ name: path.relative(process.cwd(), dir) || dir, stacks: readAssembly(dir) }));
  for (const { name, stacks } of assemblies) {
    problems.push(...setDifferences(expectedStacks, stacks.keys(), 'stack').map((line) => `${name}: ${line}`));
    for (const [id, stack] of stacks) {
      for (const error of stack.annotations.filter((a) => a.type === 'aws:cdk:error')) {
        problems.push(`${name}: ${id}: error at ${error.path}: ${JSON.stringify(error.data)}`);
      }
    }
    const warnings = [...stacks.values()].flatMap((s) => s.annotations).filter((a) => a.type === 'aws:cdk:warning');
    console.log(`${name}: ${stacks.size} stacks synthesized, ${warnings.length} warnings`);
  }

  const [baseline, ...others] = assemblies;
  for (const other of others) {
    let equal = 0;
    for (const [id, expected] of baseline.stacks) {
      const actual = other.stacks.get(id);
      if (!actual) {
        continue; // reported above
      }
      const differences = stackDifferences(expected, actual);
      if (differences.length === 0) {
        equal++;
        continue;
      }
      const shown = differences.slice(0, MAX_SHOWN).map((line) => `    ${line}`);
      if (differences.length > MAX_SHOWN) {
        shown.push(`    … and ${differences.length - MAX_SHOWN} more`);
      }
      problems.push([`${other.name}: ${id} differs from ${baseline.name} in ${differences.length} place${differences.length === 1 ? '' : 's'}:`, ...shown].join('\n'));
    }
    console.log(`${other.name}: ${equal} of ${baseline.stacks.size} stacks equal to ${baseline.name} (metadata aside)`);
  }

  if (problems.length > 0) {
    console.error(`\n${problems.length} problems:\n${problems.join('\n')}`);
    return 1;
  }
  console.log('OK');
  return 0;
}

function stackDifferences(expected: SynthesizedStack, actual: SynthesizedStack): string[] {
  return [
    ...jsonDifferences(normaliseTemplate(expected.template), normaliseTemplate(actual.template), 'template'),
    ...annotationDifferences(expected.annotations, actual.annotations),
  ];
}

/** Annotations compared as sets: the order constructs record them in is not behaviour. */
function annotationDifferences(expected: Annotation[], actual: Annotation[]): string[] {
  const line = (a: Annotation) => `${a.type} at ${a.path}: ${JSON.stringify(a.data)}`;
  return setDifferences(expected.map(line), actual.map(line), 'annotation');
}

process.exitCode = main(process.argv.slice(2));
