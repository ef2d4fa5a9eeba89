package io.quantbeam.pipelines.merton;

import io.quantbeam.pipelines.options.OutputOptions;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** Options of {@code merton-prepare}: raw WRDS-style files in, the merton input format out. */
public interface MertonPrepareOptions extends QuantbeamOptions, OutputOptions {

  @Description("CRSP daily stock files (PERMNO, date, PRC, SHROUT, RET): a path or glob, CSV or Parquet, local or "
      + "s3://. Without it a built-in synthetic sample is generated under <output>/raw/ and prepared.")
  String getCrsp();

  void setCrsp(String value);

  @Description("Compustat quarterly files (GVKEY or PERMNO/LPERMNO, datadate, DLCQ, DLTTQ in millions): path or glob.")
  String getCompustat();

  void setCompustat(String value);

  @Description("CCM link table (gvkey, LPERMNO, LINKDT, LINKENDDT, optional LINKTYPE, LINKPRIM); needed unless "
      + "the Compustat files carry a PERMNO column.")
  String getLinks();

  void setLinks(String value);

  @Description("FRED DGS1 file (DATE,DGS1 in percent, '.' on days without a value).")
  String getRates();

  void setRates(String value);

  @Description("Calendar days after a quarter's datadate before its debt is used (no look-ahead).")
  @Default.Integer(90)
  int getReportingLagDays();

  void setReportingLagDays(int value);

  @Description("Input format of every raw file: csv, parquet, or auto (from each file's extension).")
  @Default.String("auto")
  String getInputFormat();

  void setInputFormat(String value);

  @Description("How many groups permnos are spread over for the join. 0: four per worker thread.")
  @Default.Integer(0)
  int getFirmShards();

  void setFirmShards(int value);

  @Description("Firms in the built-in sample (used when --crsp is not given).")
  @Default.Integer(40)
  int getRawSampleFirms();

  void setRawSampleFirms(int value);

  @Description("Years of the built-in sample's calendar.")
  @Default.Integer(6)
  int getRawSampleYears();

  void setRawSampleYears(int value);
}
