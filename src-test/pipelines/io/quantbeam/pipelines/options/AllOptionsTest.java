package io.quantbeam.pipelines.options;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/**
 * Beam keeps one options registry per JVM: two pipelines declaring the same option with different
 * defaults cannot both be registered (as in the test JVM, or a launcher running several). Every
 * options interface of the project must register alongside all the others.
 */
class AllOptionsTest {

  @Test
  void everyPipelinesOptionsRegisterTogether() throws IOException, ClassNotFoundException {
    Path sources = Path.of("src/main/java");
    List<String> names;
    try (Stream<Path> files = Files.walk(sources)) {
      names = files.filter(f -> f.getFileName().toString().endsWith("Options.java"))
          .map(f -> sources.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", ""))
          .sorted()
          .toList();
    }
    int registered = 0;
    for (String name : names) {
      Class<?> type = Class.forName(name);
      if (type.isInterface() && PipelineOptions.class.isAssignableFrom(type)) {
        @SuppressWarnings("unchecked")
        Class<? extends PipelineOptions> options = (Class<? extends PipelineOptions>) type;
        assertDoesNotThrow(() -> PipelineOptionsFactory.register(options), name);
        registered++;
      }
    }
    assertEquals(names.size(), registered, "every *Options.java is an options interface: " + names);
  }
}
