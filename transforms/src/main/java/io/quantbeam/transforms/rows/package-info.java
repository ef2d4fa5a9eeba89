/** The format-independent view of one row of tabular input that validators read. */
package io.quantbeam.transforms.rows;
