const MODULUS = 2_147_483_647; // 2^31 - 1, a prime
const MULTIPLIER = 48_271;

/**
 * A small deterministic source of numbers in [0, 1): the same seed gives
 * the same sequence, so every run of a scenario makes the same choices.
 * A multiplicative congruential generator (Park and Miller's "minimal
 * standard"); every product stays below 2^53, so plain numbers hold it
 * exactly. Plenty for spreading messages, not for anything that needs real
 * randomness.
 */
export function seededRandom(seed: number): () => number {
  let state = Math.abs(Math.trunc(seed)) % MODULUS || 1;
  return () => {
    state = (state * MULTIPLIER) % MODULUS;
    return (state - 1) / (MODULUS - 1);
  };
}
