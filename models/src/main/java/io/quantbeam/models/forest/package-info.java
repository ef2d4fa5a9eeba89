/**
 * Random-forest regression per specs/forest.md: exact-split CART regression trees grown on
 * bootstrap samples with {@code max_features} features drawn per node, forests as the mean of
 * their trees, the deterministic per-tree seeds, the versioned model file format, and the
 * typical-price features, target and train / validation / test split of one symbol's minute
 * bars. Prices are in the bars' currency units; times are exchange-local. Pure Java, no I/O
 * beyond encoding to and from streams.
 */
package io.quantbeam.models.forest;
