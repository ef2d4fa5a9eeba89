package io.quantbeam.pipelines.forest;

import io.quantbeam.pipelines.options.InputOptions;
import io.quantbeam.pipelines.options.OutputOptions;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of the {@code forest} pipeline; see specs/forest.md. */
public interface ForestOptions extends QuantbeamOptions, InputOptions, OutputOptions {

  @Description("Hyper-parameter grid: parameter=values pairs separated by ';', values by ','; the first parameter "
      + "varies slowest. Parameters: maxFeatures, minSamplesSplit. Default maxFeatures=5,7,9;minSamplesSplit=5,15,25 "
      + "(the built-in sample: maxFeatures=5,9;minSamplesSplit=5,25).")
  String getGrid();

  void setGrid(String value);

  @Description("Sub-forests per grid point, each a separate unit of work; their validation predictions are averaged.")
  @Default.Integer(3)
  int getSubForests();

  void setSubForests(int value);

  @Description("Sub-forests of each symbol's final model (trained on train + validation rows).")
  @Default.Integer(30)
  int getFinalSubForests();

  void setFinalSubForests(int value);

  @Description("Trees in every sub-forest.")
  @Default.Integer(10)
  int getTreesPerSubForest();

  void setTreesPerSubForest(int value);

  @Description("Maximum tree depth (the root is depth 0). Default: unlimited.")
  Integer getMaxDepth();

  void setMaxDepth(Integer value);

  @Description("Seed of the train/validation/test split and of every tree; the same seed gives the same models.")
  @Default.Long(42L)
  long getSeed();

  void setSeed(long value);

  @Description("How each symbol's rows are split: 'hash' (the spec's: by a hash of symbol, timestamp and seed, 64/16/20 %) "
      + "or 'time' (chronological: the first 64 % train, the next 16 % validate, the last 20 % test).")
  @Default.String("hash")
  String getSplit();

  void setSplit(String value);

  @Description("With --split=time: drop validation (test) rows at most this many minutes after the last training "
      + "(validation) row, a gap between the parts. 0 = none.")
  @Default.Integer(0)
  int getEmbargoMinutes();

  void setEmbargoMinutes(int value);

  @Description("What the forest predicts: 'price' (the next TYPPRICE from the current and 10 lagged TYPPRICEs, the "
      + "spec's) or 'return' (the next log return of TYPPRICE from the current and 10 lagged log returns). Every MSE "
      + "is reported on the price scale: a return forecast r becomes current TYPPRICE x exp(r).")
  @Default.String("price")
  String getTarget();

  void setTarget(String value);

  @Description("Add month, day of month, hour, minute and day of week (Monday = 0) to the 11 price features.")
  @Default.Boolean(false)
  boolean getCalendarFeatures();

  void setCalendarFeatures(boolean value);

  @Description("A symbol with fewer training rows than this (or without a validation or test row) is reported as "
      + "having too little data instead of being trained.")
  @Default.Integer(100)
  int getMinTrainRows();

  void setMinTrainRows(int value);

  @Description("Symbols in the built-in sample (used when --input is not given).")
  @Default.Integer(4)
  int getSampleSymbols();

  void setSampleSymbols(int value);

  @Description("Business days of minute bars per symbol in the built-in sample.")
  @Default.Integer(20)
  int getSampleDays();

  void setSampleDays(int value);
}
