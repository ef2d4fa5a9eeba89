/** Small reusable combine functions. */
package io.quantbeam.transforms.combine;
