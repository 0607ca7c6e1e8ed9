/**
 * Benchmarks the notifier Lambda: bundle size, cold initialisation against an
 * SNS-only baseline, and per-event handling time with the SDK stubbed.
 *
 *   npx projen bench [--runs=20] [--passes=2000] [--warmup=200] [--time-zone=Europe/Berlin] [--variants]
 *
 * (`projen bench` bundles the notifier first, so the figures are for the current source.)
 *
 * Timings are reported, never asserted: they depend on the machine. The run
 * fails (exit 1) only when the SDK call counts are wrong or a bundle is broken.
 * --variants also breaks the cold-start cost down; this happens anyway when
 * the cold-init target is missed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundleWarnings, buildBundle, bytesByPackage, NOTIFIER_BUNDLE, PROJECT_ROOT, sizeOf } from './bundle';
import { ColdStartResult, measureColdStart } from './cold-start';
import { HandlingResult, measureHandling } from './handling';
import { kib, table } from './stats';
import { BASELINE_SOURCE, buildVariants } from './variants';

const TARGET_COLD_RATIO = 1.3;
const TARGET_EVENT_US = 1000;

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function count(name: string, fallback: number): number {
  const given = option(name);
  const value = given === undefined ? fallback : Number(given);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a positive whole number`);
  }
  return value;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const us = (value: number) => `${value.toFixed(1)} µs`;
const yesNo = (met: boolean) => (met ? 'yes' : 'NO');

async function main(): Promise<number> {
  const runs = count('runs', 20);
  const passes = count('passes', 2000);
  const warmupPasses = count('warmup', 200);
  // Not UTC by default, so each alert also converts the event time: the dearer path.
  const timeZone = option('time-zone') ?? 'Europe/Berlin';

  const cpus = os.cpus();
  const load = os.loadavg()[0];
  console.log(`Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, `
    + `${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}, load average ${load.toFixed(2)}`);
  // Other work on the machine shows up in every timing below, the p99 most.
  // (The bench's own start-up already adds about 1 to the 1-minute figure.)
  if (load > cpus.length) {
    console.log(`WARNING: the machine is busy (1-minute load ${load.toFixed(2)} on ${cpus.length} cores); timings will be noisy`);
  }

  if (!fs.existsSync(NOTIFIER_BUNDLE)) {
    console.error(`${path.relative(PROJECT_ROOT, NOTIFIER_BUNDLE)} does not exist; run \`npx projen bundle:functions\` first.`);
    return 1;
  }
  for (const warning of bundleWarnings()) {
    console.log(`WARNING: ${warning}`);
  }

  console.log('\n## Bundle size');
  const size = sizeOf(NOTIFIER_BUNDLE);
  console.log(`assets/notifier/index.js: ${size.bytes} bytes (${kib(size.bytes)}), gzip ${size.gzipBytes} bytes (${kib(size.gzipBytes)})`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'notifier-bench-'));
  try {
    console.log(`\n## Cold initialisation (${runs} runs each after 1 warm-up, medians)`);
    const baseline = await buildBundle(tmp, 'baseline', { source: BASELINE_SOURCE });
    const [notifier, base] = await measureColdStart([
      { name: 'notifier', file: NOTIFIER_BUNDLE },
      { name: 'baseline (SNSClient only)', file: baseline.file },
    ], runs);
    printColdStart([notifier, base], base);
    const coldRatio = notifier.requiredMs / base.requiredMs;

    console.log(`\n## Per-event handling, SDK stubbed (${passes} passes after ${warmupPasses} warm-up, TIME_ZONE=${timeZone})`);
    const handling = await measureHandling({ warmupPasses, passes, timeZone });
    printHandling(handling);

    if (coldRatio > TARGET_COLD_RATIO || process.argv.includes('--variants')) {
      await investigate(tmp, runs);
    }

    const problems = countProblems(handling);
    if (!notifier.exports.includes('handler')) {
      problems.push(`the notifier bundle exports ${JSON.stringify(notifier.exports)}, not a handler`);
    }
    printSummary(size.bytes, size.gzipBytes, notifier, base, handling, problems);
    for (const problem of problems) {
      console.error(`FAIL: ${problem}`);
    }
    return problems.length === 0 ? 0 : 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function printColdStart(results: readonly ColdStartResult[], base: ColdStartResult): void {
  console.log(table(
    ['bundle', 'start→required', 'ratio', 'require() only', 'ratio', 'spawn→exit'],
    results.map((result) => [
      result.name,
      ms(result.requiredMs),
      `${(result.requiredMs / base.requiredMs).toFixed(2)}x`,
      ms(result.requireOnlyMs),
      `${(result.requireOnlyMs / base.requireOnlyMs).toFixed(2)}x`,
      ms(result.wallMs),
    ]),
  ));
}

function printHandling(result: HandlingResult): void {
  console.log(table(
    ['fixture', 'mean', 'p99'],
    [
      ...result.perFixture.map((fixture) => [fixture.name, us(fixture.meanUs), us(fixture.p99Us)]),
      [`all ${result.fixtures} fixtures (${result.timedEvents} events)`, us(result.meanUs), us(result.p99Us)],
    ],
  ));
}

/** The SDK calls that make the notifier correct, however fast it is. */
function countProblems(result: HandlingResult): string[] {
  const problems: string[] = [];
  if (result.aliasLookUps !== 1) {
    problems.push(`IAM ListAccountAliases was called ${result.aliasLookUps} times in one execution environment; expected exactly 1`);
  }
  if (result.publishes !== result.handled) {
    problems.push(`SNS Publish was called ${result.publishes} times for ${result.handled} events; expected exactly one per event`);
  }
  if (result.unexpectedCalls.length > 0) {
    problems.push(`unexpected SDK calls: ${[...new Set(result.unexpectedCalls)].join(', ')}`);
  }
  return problems;
}

/** Measures which part of the bundle costs the cold-start time. */
async function investigate(tmp: string, runs: number): Promise<void> {
  console.log('\n## Where the cold-start time goes (esbuild variants, same options)');
  const variants = await buildVariants(tmp);
  const notifier = variants.find((variant) => variant.name === 'notifier')!;
  console.log('Largest contributors to the notifier bundle (esbuild metafile):');
  console.log(table(['package', 'bytes in output'], bytesByPackage(notifier.bundle.metafile).slice(0, 8)
    .map(([owner, bytes]) => [owner, `${bytes} (${kib(bytes)})`])));

  const results = await measureColdStart(variants.map((variant) => ({ name: variant.name, file: variant.bundle.file })), runs);
  const base = results[0];
  console.log('');
  console.log(table(
    ['variant', 'contents', 'size', 'gzip', 'start→required', 'ratio', 'require() only', 'ratio'],
    variants.map((variant, index) => {
      const result = results[index];
      const { bytes, gzipBytes } = sizeOf(variant.bundle.file);
      return [
        variant.name, variant.what, kib(bytes), kib(gzipBytes),
        ms(result.requiredMs), `${(result.requiredMs / base.requiredMs).toFixed(2)}x`,
        ms(result.requireOnlyMs), `${(result.requireOnlyMs / base.requireOnlyMs).toFixed(2)}x`,
      ];
    }),
  ));
}

function printSummary(
  bytes: number, gzipBytes: number, notifier: ColdStartResult, base: ColdStartResult, handling: HandlingResult, problems: string[],
): void {
  const ratio = notifier.requiredMs / base.requiredMs;
  console.log('\n## Summary');
  console.log(table(['measure', 'result', 'target', 'met'], [
    ['bundle size', `${kib(bytes)} (gzip ${kib(gzipBytes)})`, '-', '-'],
    ['cold init, start→required', `${ms(notifier.requiredMs)} vs ${ms(base.requiredMs)} = ${ratio.toFixed(2)}x`, `<= ${TARGET_COLD_RATIO}x`,
      yesNo(ratio <= TARGET_COLD_RATIO)],
    ['cold init, require() only', `${ms(notifier.requireOnlyMs)} vs ${ms(base.requireOnlyMs)} = ${(notifier.requireOnlyMs / base.requireOnlyMs).toFixed(2)}x`,
      '(info)', '-'],
    ['process spawn→exit', `${ms(notifier.wallMs)} vs ${ms(base.wallMs)}`, '(info)', '-'],
    ['per event, mean', us(handling.meanUs), `< ${us(TARGET_EVENT_US)}`, yesNo(handling.meanUs < TARGET_EVENT_US)],
    ['per event, p99', us(handling.p99Us), `< ${us(TARGET_EVENT_US)}`, yesNo(handling.p99Us < TARGET_EVENT_US)],
    ['IAM ListAccountAliases', `${handling.aliasLookUps} call${handling.aliasLookUps === 1 ? '' : 's'}`, 'exactly 1', yesNo(handling.aliasLookUps === 1)],
    ['SNS Publish', `${handling.publishes} for ${handling.handled} events`, '1 per event', yesNo(handling.publishes === handling.handled)],
  ]));
  console.log(problems.length === 0 ? '\nSDK call counts are right; timings are reported, not asserted.' : '');
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
