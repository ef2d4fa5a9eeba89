/** Self-contained report.html pages (inline SVG charts, no scripts) and the run.json manifest. */
package io.quantbeam.pipelines.report;
