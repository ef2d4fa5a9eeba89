package io.quantbeam.pipelines.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantbeam.transforms.stress.PositionParser;
import java.util.List;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;

/** The declared stress tables keep their columns and Parquet schemas. */
class StressTablesTest {

  @Test
  void pnlHasOneColumnPerBookAfterTheTotal() {
    assertEquals("scenario_id,pnl,rates,equities", PnlSinks.csvHeader(List.of("rates", "equities")));
    assertEquals(MessageTypeParser.parseMessageType(
        "message stress_pnl { required int64 scenario_id; required double pnl; required double rates; "
            + "required double equities; }"), PnlSinks.table(List.of("rates", "equities")).parquetSchema());
  }

  @Test
  void portfolioFollowsTheParsersColumnsAllOptional() {
    assertEquals(PositionParser.COLUMNS, PortfolioSinks.TABLE.columnNames());
    assertEquals(MessageTypeParser.parseMessageType("""
        message stress_portfolio {
          optional binary position_id (STRING);
          optional binary book (STRING);
          optional binary type (STRING);
          optional binary currency (STRING);
          optional double quantity;
          optional double spot;
          optional binary equity (STRING);
          optional double beta;
          optional double notional;
          optional double coupon;
          optional double frequency;
          optional double maturity_years;
          optional binary rating (STRING);
          optional double strike;
          optional double expiry_years;
          optional binary call_put (STRING);
          optional double amount;
        }
        """), PortfolioSinks.TABLE.parquetSchema());
  }
}
