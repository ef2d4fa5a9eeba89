package io.quantbeam.pipelines.forest;

import io.quantbeam.pipelines.options.InputOptions;
import io.quantbeam.pipelines.options.OutputOptions;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of {@code forest-score}. */
public interface ForestScoreOptions extends QuantbeamOptions, InputOptions, OutputOptions {

  @Description("Saved models: a folder of .qbrf files (as the forest pipeline writes under <output>/models), one "
      + "model file, or a glob. Each model scores the bars of the symbol it was trained for.")
  @Default.String("out/forest/models")
  String getModels();

  void setModels(String value);

  @Description("Without --input: the forest sample's symbols, scored on the 5 business days after the sample's days.")
  @Default.Integer(4)
  int getSampleSymbols();

  void setSampleSymbols(int value);

  @Description("Without --input: the business days the forest sample was trained on (the new days follow them).")
  @Default.Integer(20)
  int getSampleDays();

  void setSampleDays(int value);

  @Description("Without --input: the forest sample's seed.")
  @Default.Long(42L)
  long getSeed();

  void setSeed(long value);
}
