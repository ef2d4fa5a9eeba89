package io.quantbeam.transforms.forest;

import org.apache.beam.sdk.coders.DefaultCoder;

/** Where one symbol's prepared matrices were written: what the fan-out carries instead of the matrices. */
@DefaultCoder(ForestCoders.PreparedRefCoder.class)
public record PreparedRef(String symbol, String path) {}
