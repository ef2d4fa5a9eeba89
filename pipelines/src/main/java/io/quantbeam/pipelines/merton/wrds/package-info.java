/**
 * Raw WRDS-style input files of {@code merton-prepare}, one small class per file kind: CRSP daily
 * stock file, Compustat quarterly fundamentals, CCM link table, FRED DGS1 series. Each resolves its
 * header (aliases, case-insensitive) and turns a row into typed values or a rejection; the reading
 * itself goes through {@code TabularReader}, so these classes can move onto the shared input path
 * unchanged in substance.
 */
package io.quantbeam.pipelines.merton.wrds;
