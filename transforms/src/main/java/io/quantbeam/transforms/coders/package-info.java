/** Compact, deterministic encoding of primitive columns, shared by the coders of columnar batch elements. */
package io.quantbeam.transforms.coders;
