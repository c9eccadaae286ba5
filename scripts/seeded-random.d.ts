// Types of scripts/seeded-random.js, for the tests that import it.
export declare function seededRandom(seed: number): () => number;
