package io.quantbeam.transforms.forest;

import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * What one sub-forest produced: its mean prediction for every validation row (grid) or test row
 * (final), the seconds spent growing it and, for the final model, the file holding its trees.
 *
 * @param partPath the sub-forest's model file (final phase), else empty
 */
@DefaultCoder(ForestCoders.SubForestResultCoder.class)
public record SubForestResult(String symbol, String preparedPath, Phase phase, int gridPoint, int subForest, int trees,
    double seconds, double[] predictions, String partPath) {}
