package io.quantbeam.pipelines.options;

import io.quantbeam.pipelines.aws.QuantbeamS3ClientBuilderFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * {@code --optionsFile=<path>}: pipeline options kept in a file, local or {@code s3://}, so that a
 * scheduled production run or a runner preset (runner-configs/) is one argument.
 *
 * <p>The file holds one option per line, written as on the command line ({@code --name=value},
 * or {@code --name} for a true flag); blank lines and lines starting with {@code #} are ignored.
 * Options given on the command line win over the file's; with several files, a later file wins
 * over an earlier one. An {@code s3://} file is read with the S3 settings of the command line
 * (region, endpoint, credentials provider, …).
 */
public final class OptionsFiles {

  public static final String OPTION = "--optionsFile=";

  private OptionsFiles() {}

  /** The arguments with every {@code --optionsFile=} replaced by the options it holds. */
  public static String[] expand(String[] args) {
    List<String> files = new ArrayList<>();
    List<String> commandLine = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith(OPTION)) {
        files.add(arg.substring(OPTION.length()).trim());
      } else {
        commandLine.add(arg);
      }
    }
    if (files.isEmpty()) {
      return args;
    }
    Map<String, List<String>> fromFiles = new LinkedHashMap<>();
    for (String file : files) {
      if (file.isEmpty()) {
        throw new IllegalArgumentException("--optionsFile needs a path");
      }
      Map<String, List<String>> options = parse(file, read(file, commandLine));
      options.keySet().forEach(fromFiles::remove);
      fromFiles.putAll(options);
    }
    commandLine.stream().map(OptionsFiles::nameOf).forEach(fromFiles::remove);
    List<String> expanded = new ArrayList<>();
    fromFiles.values().forEach(expanded::addAll);
    expanded.addAll(commandLine);
    return expanded.toArray(String[]::new);
  }

  /** Option lines by option name, in file order (a name may repeat for list-valued options). */
  static Map<String, List<String>> parse(String file, List<String> lines) {
    Map<String, List<String>> options = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!line.startsWith("--") || line.length() == 2 || line.charAt(2) == '=') {
        throw new IllegalArgumentException("options file " + file + ", line " + (i + 1)
            + ": expected --name=value, got '" + line + "'");
      }
      if (line.startsWith(OPTION)) {
        throw new IllegalArgumentException("options file " + file + ", line " + (i + 1)
            + ": an options file cannot name another one");
      }
      options.computeIfAbsent(nameOf(line), name -> new ArrayList<>()).add(line);
    }
    return options;
  }

  private static String nameOf(String arg) {
    int equals = arg.indexOf('=');
    return equals < 0 ? arg : arg.substring(0, equals);
  }

  private static List<String> read(String file, List<String> commandLine) {
    if (file.contains("://")) {
      PipelineOptions settings = PipelineOptionsFactory.fromArgs(commandLine.toArray(String[]::new))
          .withoutStrictParsing()
          .as(QuantbeamOptions.class);
      QuantbeamS3ClientBuilderFactory.selectUnlessAnotherIsChosen(settings);
      FileSystems.setDefaultPipelineOptions(settings);
    }
    try {
      MatchResult.Metadata metadata = FileSystems.matchSingleFileSpec(file);
      List<String> lines = new ArrayList<>();
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(
          Channels.newInputStream(FileSystems.open(metadata.resourceId())), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read options file " + file + ": " + e.getMessage(), e);
    }
  }
}
