package io.quantbeam.pipelines.merton;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;

/** The declared tables keep the spec's columns and the Parquet schemas the files had before. */
class MertonTablesTest {

  @Test
  void resultTable() {
    assertEquals("firm_id,date,horizon_years,method,asset_value,asset_volatility,distance_to_default,"
        + "default_probability,solves,converged", MertonResultSinks.CSV_HEADER);
    assertEquals(MessageTypeParser.parseMessageType("""
        message merton_result {
          required binary firm_id (STRING);
          required int32 date (DATE);
          required double horizon_years;
          required binary method (STRING);
          required double asset_value;
          required double asset_volatility;
          optional double distance_to_default;
          required double default_probability;
          required int32 solves;
          required boolean converged;
        }
        """), MertonResultSinks.TABLE.parquetSchema());
  }

  @Test
  void inputTable() {
    assertEquals("firm_id,date,equity_value,face_value_debt,risk_free_rate,ret", FirmInputSinks.CSV_HEADER);
    assertEquals(MessageTypeParser.parseMessageType("""
        message merton_input {
          required binary firm_id (STRING);
          required int32 date (DATE);
          required double equity_value;
          required double face_value_debt;
          required double risk_free_rate;
          optional double ret;
        }
        """), FirmInputSinks.TABLE.parquetSchema());
  }
}
