package io.quantbeam.models.forest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The seed of every tree, from (run seed, symbol, grid point, sub-forest, tree index) only: the
 * first 8 bytes, big-endian, of SHA-256 over the UTF-8 text {@code seed|symbol|gridPoint|subForest|tree}
 * (decimal integers). So a tree is the same whichever worker, runner or sub-forest layout grows
 * it, and anyone can recompute it.
 */
public final class TreeSeeds {

  private TreeSeeds() {}

  /**
   * @param seed the run's seed
   * @param symbol the stock
   * @param gridPoint index of the hyper-parameter combination in grid order (the final model
   *     uses the best grid point's index)
   * @param subForest index of the sub-forest, from 0
   * @param tree index of the tree within its sub-forest, from 0
   */
  public static long treeSeed(long seed, String symbol, int gridPoint, int subForest, int tree) {
    String text = seed + "|" + symbol + "|" + gridPoint + "|" + subForest + "|" + tree;
    return firstLong(sha256(text));
  }

  /** The seeds of trees {@code 0 .. trees-1} of one sub-forest. */
  public static long[] subForestSeeds(long seed, String symbol, int gridPoint, int subForest, int trees) {
    long[] seeds = new long[trees];
    for (int t = 0; t < trees; t++) {
      seeds[t] = treeSeed(seed, symbol, gridPoint, subForest, t);
    }
    return seeds;
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  static long firstLong(byte[] digest) {
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (digest[i] & 0xFFL);
    }
    return value;
  }
}
