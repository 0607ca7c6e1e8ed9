/**
 * A small deterministic source of numbers in [0, 1): the same seed gives
 * the same sequence, so every run of a scenario makes the same choices.
 * A 32-bit xorshift generator; plenty for spreading messages, not for
 * anything that needs real randomness.
 */
export function seededRandom(seed: number): () => number {
  let state = (seed >>> 0) || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}
