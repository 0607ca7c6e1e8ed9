/**
 * The monitor watching itself (internal): alarms on its own failures and the
 * tamper rules that report changes that would silence it.
 *
 * May import: delivery/, compliance/.
 *
 * Nothing here is part of the public API: src/index.ts does not export this
 * folder. Code elsewhere in src/ imports the file it needs directly.
 */
export * from './self-alarms';
