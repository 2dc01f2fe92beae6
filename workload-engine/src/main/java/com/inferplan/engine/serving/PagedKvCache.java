package com.inferplan.engine.serving;

/**
 * Paged KV cache of one replica in blocks of {@code blockTokens}. A sequence holds
 * {@code ceil(kvTokens / blockTokens)} blocks and takes a new one whenever it writes the first token
 * of a block. Every decoding sequence writes one token per decode iteration, so a sequence whose KV
 * length at iteration {@code k} is {@code base + k} needs a block exactly when
 * {@code k ≡ 1 - base (mod blockTokens)}: counting decoders per residue class gives the blocks an
 * iteration needs in O(1), without touching each sequence.
 */
final class PagedKvCache {

  private final int blockTokens;
  private final long totalBlocks;
  private final int[] decodersByResidue;
  private long usedBlocks;

  PagedKvCache(long capacityTokens, int blockTokens) {
    this.blockTokens = blockTokens;
    this.totalBlocks = capacityTokens / blockTokens;
    this.decodersByResidue = new int[blockTokens];
  }

  long totalBlocks() {
    return totalBlocks;
  }

  long usedBlocks() {
    return usedBlocks;
  }

  long freeBlocks() {
    return totalBlocks - usedBlocks;
  }

  long blocksFor(long tokens) {
    return (tokens + blockTokens - 1) / blockTokens;
  }

  void allocate(long blocks) {
    usedBlocks += blocks;
  }

  void release(long blocks) {
    usedBlocks -= blocks;
  }

  /** Registers a decoder whose KV length at decode iteration k is {@code base + k}; its residue. */
  int addDecoder(long base) {
    int residue = (int) Math.floorMod(1 - base, (long) blockTokens);
    decodersByResidue[residue]++;
    return residue;
  }

  void removeDecoder(int residue) {
    decodersByResidue[residue]--;
  }

  /** New blocks the decoders need to write their tokens in decode iteration {@code iteration}. */
  int blocksNeededAt(long iteration) {
    return decodersByResidue[(int) (iteration % blockTokens)];
  }

  /** New blocks the decoders need over {@code iterations} iterations starting at {@code first}. */
  long blocksNeededOver(long first, long iterations) {
    if (iterations <= 0) {
      return 0;
    }
    long cycles = iterations / blockTokens;
    long blocks = 0;
    if (cycles > 0) {
      for (int count : decodersByResidue) {
        blocks += count;
      }
      blocks *= cycles;
    }
    for (long i = first + cycles * blockTokens; i < first + iterations; i++) {
      blocks += decodersByResidue[(int) (i % blockTokens)];
    }
    return blocks;
  }
}
