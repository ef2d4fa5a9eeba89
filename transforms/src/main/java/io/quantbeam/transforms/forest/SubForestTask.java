package io.quantbeam.transforms.forest;

import io.quantbeam.models.forest.TreeParameters;
import org.apache.beam.sdk.coders.DefaultCoder;

/** One unit of work: grow one sub-forest of one symbol at one grid point. */
@DefaultCoder(ForestCoders.SubForestTaskCoder.class)
public record SubForestTask(String symbol, String preparedPath, Phase phase, int gridPoint, TreeParameters parameters,
    int subForest, int trees) {}
