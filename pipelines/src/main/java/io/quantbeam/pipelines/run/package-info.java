/**
 * The run skeleton every pipeline's {@code run} uses — settings → graph → finish: the command-line
 * wrapper ({@link io.quantbeam.pipelines.run.Cli}), runner tuning, the catalog entry type, the
 * progress line, the end-of-run summary with its rows-in = used + rejected check, and the writing
 * of report.html and run.json.
 */
package io.quantbeam.pipelines.run;
