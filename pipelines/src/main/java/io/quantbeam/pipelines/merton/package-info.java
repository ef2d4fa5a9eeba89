/**
 * The Merton pipelines: {@code merton} (distance to default and default probability per firm and
 * day, specs/merton.md) and {@code merton-generate} (synthetic firm data), with their options,
 * input check, output tables and report.
 */
package io.quantbeam.pipelines.merton;
