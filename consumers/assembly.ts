import * as fs from 'fs';
import * as path from 'path';

/** What a consumer app synthesized for one stack. */
export interface SynthesizedStack {
  /** The CloudFormation template, as written. */
  readonly template: Record<string, any>;
  /** Errors, warnings, infos and acknowledgements recorded on the stack's constructs. */
  readonly annotations: Annotation[];
}

/** One annotation: what `Annotations.of(...)` or `Validations.of(...)` recorded where. */
export interface Annotation {
  readonly path: string;
  readonly type: string;
  readonly data: unknown;
}

/** The metadata types a user sees from `cdk synth`; the rest is bookkeeping. */
const ANNOTATION_TYPES = ['aws:cdk:error', 'aws:cdk:warning', 'aws:cdk:info', 'aws:cdk:acknowledged-rules'];

/**
 * Reads the stacks of a cloud assembly directory, keyed by artifact id (the
 * stack's construct id). Reads both manifest layouts: metadata inline in
 * manifest.json (older aws-cdk-lib, such as the peer range's floor) and in a
 * `<stack>.metadata.json` file beside it (newer releases).
 */
export function readAssembly(dir: string): Map<string, SynthesizedStack> {
  const manifest = readJson(path.join(dir, 'manifest.json'));
  const stacks = new Map<string, SynthesizedStack>();
  for (const [id, artifact] of Object.entries<any>(manifest.artifacts ?? {})) {
    if (artifact.type !== 'aws:cloudformation:stack') {
      continue;
    }
    const metadata: Record<string, any[]> = { ...artifact.metadata };
    if (artifact.additionalMetadataFile) {
      for (const [where, entries] of Object.entries<any[]>(readJson(path.join(dir, artifact.additionalMetadataFile)))) {
        metadata[where] = [...(metadata[where] ?? []), ...entries];
      }
    }
    const annotations = Object.entries(metadata).flatMap(([where, entries]) => entries
      .filter((entry) => ANNOTATION_TYPES.includes(entry.type))
      // `trace` is a stack trace of the app's language: it differs by design.
      .map((entry): Annotation => ({ path: where, type: entry.type, data: entry.data })));
    stacks.set(id, {
      template: readJson(path.join(dir, artifact.properties.templateFile)),
      annotations,
    });
  }
  return stacks;
}

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
