/**
 * Where the notifier's cold-start cost over the SNS-only baseline comes from:
 * bundles that each add one suspect to the baseline, and the notifier with
 * each suspect changed the way a fix in lambda-src might change it. The
 * changes are made at bundle time by substituting modules, so lambda-src is
 * left as it is.
 */
import * as esbuild from 'esbuild';
import { buildBundle, BuiltBundle, Entry, PROJECT_ROOT } from './bundle';

/** Only an SNS client at module scope: what any SNS-publishing Lambda pays. */
export const BASELINE_SOURCE = `
import { SNSClient } from '@aws-sdk/client-sns';
export const sns = new SNSClient({ region: process.env.AWS_REGION });
`;

const SNS_AND_IAM_SOURCE = `${BASELINE_SOURCE}
import { IAMClient } from '@aws-sdk/client-iam';
export const iam = new IAMClient({});
`;

/**
 * The first Intl.DateTimeFormat of a process initialises ICU's time-zone
 * data; luxon's zone check in config.ts makes one at start-up for any zone
 * but UTC (the default skips it for that reason).
 */
const SNS_AND_INTL_SOURCE = `${BASELINE_SOURCE}
export const format = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' });
`;

/** luxon as config.ts uses it at start-up (which includes the above). */
const SNS_AND_LUXON_SOURCE = `${BASELINE_SOURCE}
import { IANAZone } from 'luxon';
export const valid = IANAZone.isValidZone('UTC');
`;

/**
 * Replaces '@aws-sdk/client-iam' for lambda-src: the same two exports, but the
 * client is loaded by the first send(), as a lazy AccountAliasResolver would.
 * esbuild cannot tree-shake a module it must load lazily in a CommonJS bundle,
 * so importing the package's index there would bring in all of IAM (about
 * 100 KiB more); the lazy module imports the two files it needs instead.
 */
const LAZY_IAM = {
  'replacement': `
    import type { IAMClientConfig, ListAccountAliasesCommandInput } from '@aws-sdk/client-iam';
    type Options = { abortSignal?: AbortSignal };
    export class ListAccountAliasesCommand {
      constructor(readonly input: ListAccountAliasesCommandInput) {}
    }
    export class IAMClient {
      private lookUp?: Promise<(input: ListAccountAliasesCommandInput, options?: Options) => Promise<unknown>>;
      constructor(private readonly config: IAMClientConfig) {}
      send(command: ListAccountAliasesCommand, options?: Options) {
        this.lookUp ??= import('bench:iam-client').then((loaded) => loaded.aliasLookUp(this.config));
        return this.lookUp.then((lookUp) => lookUp(command.input, options));
      }
    }`,
  'iam-client': `
    import type { IAMClientConfig, ListAccountAliasesCommandInput } from '@aws-sdk/client-iam';
    import { IAMClient } from '@aws-sdk/client-iam/dist-es/IAMClient';
    import { ListAccountAliasesCommand } from '@aws-sdk/client-iam/dist-es/commands/ListAccountAliasesCommand';
    export function aliasLookUp(config: IAMClientConfig) {
      const client = new IAMClient(config);
      return (input: ListAccountAliasesCommandInput, options?: { abortSignal?: AbortSignal }) =>
        client.send(new ListAccountAliasesCommand(input), options);
    }`,
};

/**
 * Replaces 'luxon' for lambda-src with just the API it uses, built on the
 * runtime's Intl, to show what dropping luxon would save at start-up. It
 * formats the two patterns alert.ts asks for and validates zones as luxon does.
 */
const INTL_FOR_LUXON = {
  replacement: `
    export class IANAZone {
      static isValidZone(zone: string): boolean {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }
    }
    export class DateTime {
      private constructor(private readonly ms: number, private readonly zone: string) {}
      static fromISO(text: string, options: { zone: string }) { return new DateTime(Date.parse(text), options.zone); }
      get isValid() { return !Number.isNaN(this.ms) && IANAZone.isValidZone(this.zone); }
      setZone(zone: string) { return new DateTime(this.ms, zone); }
      toFormat(format: string): string {
        const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
          timeZone: this.zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
          hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short',
        }).formatToParts(this.ms).map((part) => [part.type, part.value]));
        return format
          .replace('yyyy-MM-dd HH:mm:ss', parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute + ':' + parts.second)
          .replace("'UTC'", 'UTC')
          .replace('ZZZZ', parts.timeZoneName);
      }
    }`,
};

/**
 * An esbuild plugin that resolves `specifier` to `modules.replacement`, and
 * 'bench:<name>' in those modules to `modules[name]`. The replacement modules
 * themselves still get the real package when they import `specifier`.
 */
function substitute(specifier: string, modules: Record<string, string>): esbuild.Plugin {
  const namespace = `bench-substitute-${specifier}`;
  const exact = new RegExp(`^${specifier.replace(/[/.]/g, '\\$&')}$`);
  return {
    name: namespace,
    setup(build) {
      // Returning undefined lets esbuild resolve the import as usual.
      build.onResolve({ filter: exact }, (args) => (args.namespace === namespace ? undefined : { path: 'replacement', namespace }));
      build.onResolve({ filter: /^bench:/ }, (args) =>
        (args.namespace === namespace ? { path: args.path.slice('bench:'.length), namespace } : undefined));
      build.onLoad({ filter: /.*/, namespace }, (args) => ({ contents: modules[args.path], loader: 'ts', resolveDir: PROJECT_ROOT }));
    },
  };
}

export interface Variant {
  readonly name: string;
  readonly what: string;
  readonly bundle: BuiltBundle;
}

export async function buildVariants(outDir: string): Promise<Variant[]> {
  const notifier = { file: 'lambda-src/notifier/index.ts' };
  const variants: [string, string, Entry, esbuild.Plugin[]?][] = [
    ['baseline', 'SNSClient only', { source: BASELINE_SOURCE }],
    ['+iam', 'SNSClient + IAMClient', { source: SNS_AND_IAM_SOURCE }],
    ['+intl', 'SNSClient + one Intl.DateTimeFormat', { source: SNS_AND_INTL_SOURCE }],
    ['+luxon', 'SNSClient + luxon zone check', { source: SNS_AND_LUXON_SOURCE }],
    ['notifier', 'lambda-src/notifier as is', notifier],
    ['lazy-iam', 'notifier, IAM client loaded on first use', notifier, [substitute('@aws-sdk/client-iam', LAZY_IAM)]],
    ['no-luxon', 'notifier, luxon replaced by Intl', notifier, [substitute('luxon', INTL_FOR_LUXON)]],
  ];
  const built: Variant[] = [];
  for (const [name, what, entry, plugins] of variants) {
    built.push({ name, what, bundle: await buildBundle(outDir, name.replace(/\W/g, '_'), entry, plugins) });
  }
  return built;
}
