/** Counters that show a run's progress while it is going. */
package io.quantbeam.transforms.progress;
