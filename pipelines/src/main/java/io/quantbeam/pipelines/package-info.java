/**
 * The launcher behind {@code -Dpipeline=<name>} and {@code java -jar … <name>}, and the catalog that
 * lists every pipeline's entry. Nothing else in {@code pipelines} depends on this package.
 */
package io.quantbeam.pipelines;
