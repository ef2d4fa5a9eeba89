/** Records of rejected input (dead letters): what was rejected, where it came from and why. */
package io.quantbeam.transforms.deadletter;
