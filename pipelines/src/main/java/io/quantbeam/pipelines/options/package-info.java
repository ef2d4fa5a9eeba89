/** Options shared by the pipelines (input, output, file formats) and options files ({@code --optionsFile}). */
package io.quantbeam.pipelines.options;
