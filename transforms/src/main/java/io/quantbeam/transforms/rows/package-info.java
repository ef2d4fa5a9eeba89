/**
 * The one input path's format-independent half: a row of tabular input ({@link
 * io.quantbeam.transforms.rows.InputRow}), the columns a model reads ({@link
 * io.quantbeam.transforms.rows.InputSchema}), the parser that turns a row into values or a dead
 * letter ({@link io.quantbeam.transforms.rows.RowParser}), the keyed columnar chunks rows travel in
 * ({@link io.quantbeam.transforms.rows.RowChunk}) and the per-key assembly in ordering-column
 * order with first-row-wins duplicates ({@link io.quantbeam.transforms.rows.KeyRows}).
 */
package io.quantbeam.transforms.rows;
