/** Rules about the shape of the code base as a whole: package dependencies without cycles. */
package io.quantbeam.architecture;
