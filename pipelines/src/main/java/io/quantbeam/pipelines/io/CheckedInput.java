package io.quantbeam.pipelines.io;

import io.quantbeam.pipelines.options.FileFormat;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An input option's files as found by {@link InputFiles#check} before the run: matched once, each
 * header read once. The reader ({@link ReadRows}) and the run manifest take the files from here
 * rather than matching the glob again.
 *
 * @param option the option that named the files, without dashes, e.g. {@code input}
 * @param pattern the glob as given
 * @param files the matched files in match order
 */
public record CheckedInput(String option, String pattern, List<InputFile> files) implements Serializable {

  /** One matched file: its path (as Beam names it), its format, its header and its size in bytes. */
  public record InputFile(String path, FileFormat format, List<String> header, long sizeBytes) implements Serializable {
    public InputFile {
      header = List.copyOf(header);
    }
  }

  public CheckedInput {
    files = List.copyOf(files);
  }

  /** The files' paths, for the run manifest. */
  public List<String> paths() {
    return files.stream().map(InputFile::path).toList();
  }

  /** Each file's format by path, for the readers. */
  public Map<String, FileFormat> formats() {
    Map<String, FileFormat> formats = new HashMap<>();
    files.forEach(f -> formats.put(f.path(), f.format()));
    return formats;
  }

  /** {@code <pattern> (<n> file[s])}, for summaries. */
  public String describe() {
    return pattern + " (" + files.size() + " file" + (files.size() == 1 ? "" : "s") + ")";
  }
}
