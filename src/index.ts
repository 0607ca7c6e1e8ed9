/**
 * The package's one entry point. Each folder of src/ has an index.ts saying
 * what lives there and what it may import (docs/architecture.md); only the
 * folders with public constructs are exported here.
 */
export * from './monitor';
export * from './parts';
export * from './organization';
