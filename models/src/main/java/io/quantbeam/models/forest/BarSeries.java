package io.quantbeam.models.forest;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One stock's minute bars in strictly increasing timestamp order, as columns: prices in the
 * stock's currency, volume in shares. Timestamps are exchange-local date-times held as seconds
 * since 1970-01-01T00:00 of that local clock (no time zone). Immutable and validated like
 * {@link MinuteBar} ({@link BarProblem}).
 */
public final class BarSeries {

  private final String symbol;
  private final long[] localSeconds;
  private final double[] open;
  private final double[] high;
  private final double[] low;
  private final double[] close;
  private final double[] volume;

  /** Columns of equal length; copied. Timestamps must increase strictly. */
  public BarSeries(String symbol, long[] localSeconds, double[] open, double[] high, double[] low, double[] close,
      double[] volume) {
    this.symbol = Objects.requireNonNull(symbol, "symbol");
    int n = localSeconds.length;
    if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
      throw new IllegalArgumentException("bar columns of " + symbol + " differ in length");
    }
    this.localSeconds = localSeconds.clone();
    this.open = open.clone();
    this.high = high.clone();
    this.low = low.clone();
    this.close = close.clone();
    this.volume = volume.clone();
    for (int i = 0; i < n; i++) {
      if (i > 0 && localSeconds[i] == localSeconds[i - 1]) {
        throw new IllegalArgumentException(symbol + " has two bars at " + fromLocalSeconds(localSeconds[i]));
      }
      if (i > 0 && localSeconds[i] < localSeconds[i - 1]) {
        throw new IllegalArgumentException(symbol + " bars are out of time order at " + fromLocalSeconds(localSeconds[i]));
      }
      BarProblem problem = BarProblem.of(open[i], high[i], low[i], close[i], volume[i]);
      if (problem != null) {
        throw new IllegalArgumentException(symbol + " bar at " + fromLocalSeconds(localSeconds[i]) + ": "
            + problem.describe(open[i], high[i], low[i], close[i], volume[i]));
      }
    }
  }

  /**
   * Sorts {@code bars} by timestamp. All must be of {@code symbol}; timestamps must be distinct
   * (duplicates are the caller's to reject, since only it knows where they came from).
   */
  public static BarSeries of(String symbol, List<MinuteBar> bars) {
    List<MinuteBar> sorted = new ArrayList<>(bars);
    sorted.sort(Comparator.comparing(MinuteBar::timestamp));
    int n = sorted.size();
    long[] seconds = new long[n];
    double[] open = new double[n];
    double[] high = new double[n];
    double[] low = new double[n];
    double[] close = new double[n];
    double[] volume = new double[n];
    for (int i = 0; i < n; i++) {
      MinuteBar bar = sorted.get(i);
      if (!bar.symbol().equals(symbol)) {
        throw new IllegalArgumentException("bar of " + bar.symbol() + " in the series of " + symbol);
      }
      if (bar.timestamp().getNano() != 0) {
        throw new IllegalArgumentException(symbol + " bar at " + bar.timestamp() + " has fractional seconds");
      }
      seconds[i] = toLocalSeconds(bar.timestamp());
      open[i] = bar.open();
      high[i] = bar.high();
      low[i] = bar.low();
      close[i] = bar.close();
      volume[i] = bar.volume();
    }
    return new BarSeries(symbol, seconds, open, high, low, close, volume);
  }

  public static long toLocalSeconds(LocalDateTime timestamp) {
    return timestamp.toEpochSecond(ZoneOffset.UTC);
  }

  public static LocalDateTime fromLocalSeconds(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }

  public String symbol() {
    return symbol;
  }

  public int size() {
    return localSeconds.length;
  }

  public long localSeconds(int index) {
    return localSeconds[index];
  }

  public LocalDateTime timestamp(int index) {
    return fromLocalSeconds(localSeconds[index]);
  }

  public double open(int index) {
    return open[index];
  }

  public double high(int index) {
    return high[index];
  }

  public double low(int index) {
    return low[index];
  }

  public double close(int index) {
    return close[index];
  }

  public double volume(int index) {
    return volume[index];
  }

  public double typicalPrice(int index) {
    return TypicalPrice.of(high[index], low[index], close[index]);
  }

  /** The last {@code count} bars (all of them when there are fewer). */
  public BarSeries tail(int count) {
    int from = Math.max(0, size() - Math.max(0, count));
    int to = size();
    return new BarSeries(symbol, Arrays.copyOfRange(localSeconds, from, to), Arrays.copyOfRange(open, from, to),
        Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to), Arrays.copyOfRange(close, from, to),
        Arrays.copyOfRange(volume, from, to));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BarSeries s && symbol.equals(s.symbol) && Arrays.equals(localSeconds, s.localSeconds)
        && Arrays.equals(open, s.open) && Arrays.equals(high, s.high)
        && Arrays.equals(low, s.low) && Arrays.equals(close, s.close)
        && Arrays.equals(volume, s.volume);
  }

  @Override
  public int hashCode() {
    return symbol.hashCode() * 31 + Arrays.hashCode(localSeconds);
  }

  @Override
  public String toString() {
    return "BarSeries[" + symbol + ", " + size() + " bars]";
  }
}
