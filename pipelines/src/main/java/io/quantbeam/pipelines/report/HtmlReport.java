package io.quantbeam.pipelines.report;

import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML run report: inline CSS and SVG only, no scripts, fonts or anything
 * fetched from the network, so it opens anywhere, offline, from S3 or a mail attachment.
 */
public final class HtmlReport {

  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
      h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
      .subtitle{color:#666;margin-top:0}table{border-collapse:collapse;margin:.5rem 0}
      td,th{padding:.25rem .8rem;border-bottom:1px solid #eee;text-align:left;font-variant-numeric:tabular-nums}
      th{background:#f6f6f6}td.num{text-align:right}.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:1rem}
      svg.chart{width:100%;height:auto;background:#fff;border:1px solid #eee;border-radius:4px}
      .note{color:#666;font-size:.9rem}
      """;

  private final StringBuilder body = new StringBuilder();
  private final String title;

  public HtmlReport(String title, String subtitle) {
    this.title = title;
    body.append("<h1>").append(Svg.escape(title)).append("</h1><p class=\"subtitle\">").append(Svg.escape(subtitle)).append("</p>");
  }

  /** A section heading. */
  public HtmlReport section(String heading) {
    body.append("<h2>").append(Svg.escape(heading)).append("</h2>");
    return this;
  }

  /** A two-column table of named values. */
  public HtmlReport facts(Map<String, String> facts) {
    body.append("<table class=\"facts\">");
    facts.forEach((k, v) -> body.append("<tr><th>").append(Svg.escape(k)).append("</th><td>").append(Svg.escape(v)).append("</td></tr>"));
    body.append("</table>");
    return this;
  }

  /** A table with a header row; cells that look numeric are right-aligned. */
  public HtmlReport table(List<String> headers, List<List<String>> rows) {
    body.append("<table class=\"data\"><tr>");
    headers.forEach(h -> body.append("<th>").append(Svg.escape(h)).append("</th>"));
    body.append("</tr>");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (String cell : row) {
        boolean numeric = cell.matches("[-+]?[\\d,.]+(e[-+]?\\d+)?%?");
        body.append(numeric ? "<td class=\"num\">" : "<td>").append(Svg.escape(cell)).append("</td>");
      }
      body.append("</tr>");
    }
    body.append("</table>");
    return this;
  }

  /** Charts laid out side by side where the page is wide enough. */
  public HtmlReport charts(List<String> svgs) {
    body.append("<div class=\"charts\">");
    svgs.forEach(body::append);
    body.append("</div>");
    return this;
  }

  /** A short explanatory paragraph. */
  public HtmlReport note(String text) {
    body.append("<p class=\"note\">").append(Svg.escape(text)).append("</p>");
    return this;
  }

  public String render() {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        + "<title>" + Svg.escape(title) + "</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>\n";
  }
}
