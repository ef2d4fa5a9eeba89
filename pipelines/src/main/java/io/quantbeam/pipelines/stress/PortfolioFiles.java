package io.quantbeam.pipelines.stress;

import io.quantbeam.pipelines.io.InputFiles;
import io.quantbeam.models.stress.InvalidPositionException;
import io.quantbeam.models.stress.MarketData;
import io.quantbeam.models.stress.Position;
import io.quantbeam.pipelines.io.TabularReader;
import io.quantbeam.transforms.deadletter.DeadLetter;
import io.quantbeam.transforms.stress.PositionParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Reads and validates the portfolio before the run: every row of every matched file (CSV or
 * Parquet by extension) is parsed, checked against the market (each factor a position needs must
 * exist), and checked for a duplicate position id (every row of a duplicated id is rejected).
 */
final class PortfolioFiles {

  static final String DUPLICATE_POSITION_ID = "duplicate_position_id";

  /** The valid positions in file order, the rejected rows, and how many rows were read. */
  record Loaded(List<Position> positions, List<DeadLetter> rejected, long rows, int files) {}

  private PortfolioFiles() {}

  static Loaded read(String pattern, MarketData market) throws IOException {
    List<MatchResult.Metadata> files = InputFiles.match("portfolio", pattern);
    List<DeadLetter> rejected = new ArrayList<>();
    Map<String, List<Parsed>> byId = new LinkedHashMap<>();
    long rows = 0;
    for (MatchResult.Metadata file : files) {
      try (TabularReader reader = TabularReader.open(file, InputFiles.formatOf("portfolio", file))) {
        PositionParser parser = new PositionParser(file.resourceId().toString(), reader.header());
        while (reader.next()) {
          rows++;
          PositionParser.Result result = parser.parse(reader.row(), reader.malformation());
          if (result.rejection() != null) {
            rejected.add(result.rejection());
            continue;
          }
          DeadLetter asRejection = new DeadLetter(reader.row().source(), reader.row().line(), PositionParser.STEP,
              "", "", reader.row().payload());
          try {
            market.requireFactorsOf(result.position());
          } catch (InvalidPositionException e) {
            rejected.add(with(asRejection, e.reason(), e.getMessage()));
            continue;
          }
          byId.computeIfAbsent(result.position().positionId(), k -> new ArrayList<>())
              .add(new Parsed(result.position(), asRejection));
        }
      }
    }
    List<Position> positions = new ArrayList<>();
    for (Map.Entry<String, List<Parsed>> e : byId.entrySet()) {
      List<Parsed> same = e.getValue();
      if (same.size() == 1) {
        positions.add(same.get(0).position());
      } else {
        for (Parsed p : same) {
          rejected.add(with(p.row(), DUPLICATE_POSITION_ID, "position " + e.getKey() + ": the id appears "
              + same.size() + " times; none of its rows is used"));
        }
      }
    }
    return new Loaded(positions, rejected, rows, files.size());
  }

  private record Parsed(Position position, DeadLetter row) {}

  private static DeadLetter with(DeadLetter row, String reason, String detail) {
    return new DeadLetter(row.source(), row.line(), row.step(), reason, detail, row.payload());
  }

  /** A one-paragraph error listing the first rejected positions. */
  static String describe(List<DeadLetter> rejected, int limit) {
    Map<String, Integer> reasons = new HashMap<>();
    rejected.forEach(r -> reasons.merge(r.reason(), 1, Integer::sum));
    StringBuilder s = new StringBuilder("the portfolio has " + rejected.size() + " invalid position row(s) " + reasons
        + "; no scenario was evaluated (a risk figure that silently omits positions is worse than none; "
        + "--skipInvalidPositions dead-letters them instead):");
    for (int i = 0; i < Math.min(limit, rejected.size()); i++) {
      DeadLetter r = rejected.get(i);
      s.append(System.lineSeparator()).append("  ").append(r.source())
          .append(r.line() > 0 ? " line " + r.line() : "").append(": ").append(r.detail());
    }
    if (rejected.size() > limit) {
      s.append(System.lineSeparator()).append("  … and ").append(rejected.size() - limit).append(" more");
    }
    return s.toString();
  }
}
