/**
 * Why a rule pack's finding is accepted (internal): the cdk-nag and AWS
 * Control Tower acknowledgements, each with its reason in words, recorded as
 * construct metadata.
 *
 * May import: nothing of this package.
 *
 * Nothing here is part of the public API: src/index.ts does not export this
 * folder. Code elsewhere in src/ imports the file it needs directly.
 */
export * from './control-acknowledgements';
export * from './nag-acknowledgements';
