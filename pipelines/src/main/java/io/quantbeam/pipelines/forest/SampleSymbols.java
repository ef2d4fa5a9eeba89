package io.quantbeam.pipelines.forest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Names for synthetic symbols: NSE tickers first (the sessions are NSE's 09:15–15:30), then STK0031, STK0032, … */
final class SampleSymbols {

  private static final List<String> NSE = List.of("RELIANCE", "TCS", "HDFCBANK", "INFY", "ICICIBANK", "HINDUNILVR",
      "ITC", "SBIN", "BHARTIARTL", "KOTAKBANK", "LT", "AXISBANK", "ASIANPAINT", "MARUTI", "SUNPHARMA", "TITAN",
      "BAJFINANCE", "HCLTECH", "WIPRO", "ULTRACEMCO", "NESTLEIND", "ONGC", "NTPC", "POWERGRID", "TATAMOTORS",
      "TATASTEEL", "JSWSTEEL", "ADANIPORTS", "M&M", "TECHM");

  private SampleSymbols() {}

  static List<String> first(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("the number of symbols must be >= 1, got " + count);
    }
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      names.add(i < NSE.size() ? NSE.get(i) : String.format(Locale.ROOT, "STK%04d", i + 1));
    }
    return names;
  }
}
