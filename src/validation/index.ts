/**
 * Prop checks (internal) that run before any child construct is created, with
 * messages that name the prop (in TypeScript and Python spelling) and what is
 * allowed: general checks, the parts' option checks, organization ids,
 * regions and event bus ARNs, and account-name lists.
 *
 * May import: delivery/ (its shared limits only).
 *
 * Nothing here is part of the public API: src/index.ts does not export this
 * folder. Code elsewhere in src/ imports the file it needs directly.
 */
export * from './account-names';
export * from './organization-validation';
export * from './part-props-validation';
export * from './validation';
