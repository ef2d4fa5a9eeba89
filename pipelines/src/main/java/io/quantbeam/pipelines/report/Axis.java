package io.quantbeam.pipelines.report;

/** A linear axis: maps data values to pixels and chooses "nice" tick values. */
record Axis(double min, double max, double fromPx, double toPx) {

  static Axis of(double min, double max, double fromPx, double toPx) {
    if (!(max > min)) {
      double pad = min == 0 ? 1 : Math.abs(min) * 0.05;
      return new Axis(min - pad, max + pad, fromPx, toPx);
    }
    return new Axis(min, max, fromPx, toPx);
  }

  double px(double value) {
    return fromPx + (value - min) / (max - min) * (toPx - fromPx);
  }

  /** Tick values at a 1-2-5 step, about {@code target} of them, inside [min, max]. */
  double[] ticks(int target) {
    double raw = (max - min) / Math.max(1, target);
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double residual = raw / magnitude;
    double step = (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
    double first = Math.ceil(min / step) * step;
    int count = (int) Math.floor((max - first) / step + 1e-9) + 1;
    double[] ticks = new double[Math.max(count, 0)];
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = first + i * step;
      if (Math.abs(ticks[i]) < step * 1e-9) {
        ticks[i] = 0;
      }
    }
    return ticks;
  }
}
