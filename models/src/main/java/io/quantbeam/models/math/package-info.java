/**
 * Numerical building blocks shared by the models: special functions evaluated fast and to full
 * double precision, with no allocation. Pure Java, no I/O.
 */
package io.quantbeam.models.math;
