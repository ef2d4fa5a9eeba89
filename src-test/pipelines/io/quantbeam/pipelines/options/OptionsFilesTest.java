package io.quantbeam.pipelines.options;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantbeam.pipelines.merton.MertonOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsFilesTest {

  private static String file(Path dir, String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines)).toString();
  }

  @Test
  void withoutAnOptionsFileTheArgumentsAreUnchanged() {
    String[] args = {"--runner=DirectRunner", "--output=out"};
    assertSame(args, OptionsFiles.expand(args));
  }

  @Test
  void aFilesOptionsComeFirstAndTheCommandLineWins(@TempDir Path dir) throws IOException {
    String options = file(dir, "run.options",
        "# nightly run",
        "",
        "--runner=FlinkRunner",
        "  --output=s3://bucket/out  ",
        "--horizons=1,5");
    String[] expanded = OptionsFiles.expand(new String[] {"--optionsFile=" + options, "--output=local/out"});
    assertArrayEquals(new String[] {"--runner=FlinkRunner", "--horizons=1,5", "--output=local/out"}, expanded);

    PipelineOptionsFactory.register(MertonOptions.class);
    MertonOptions parsed = PipelineOptionsFactory.fromArgs(expanded).withValidation().as(MertonOptions.class);
    assertEquals("local/out", parsed.getOutput());
    assertEquals("1,5", parsed.getHorizons());
    assertEquals("FlinkRunner", parsed.getRunner().getSimpleName());
  }

  @Test
  void aLaterFileWinsOverAnEarlierOne(@TempDir Path dir) throws IOException {
    String preset = file(dir, "preset.options", "--runner=SparkRunner", "--sparkMaster=local[*]");
    String job = file(dir, "job.options", "--sparkMaster=local[2]", "--experiments=a", "--experiments=b");
    String[] expanded = OptionsFiles.expand(new String[] {"--optionsFile=" + preset, "--optionsFile=" + job});
    assertArrayEquals(new String[] {"--runner=SparkRunner", "--sparkMaster=local[2]", "--experiments=a",
        "--experiments=b"}, expanded);
  }

  @Test
  void aLineThatIsNotAnOptionIsRejectedWithFileAndLine(@TempDir Path dir) throws IOException {
    String options = file(dir, "bad.options", "--runner=DirectRunner", "output=out");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OptionsFiles.expand(new String[] {"--optionsFile=" + options}));
    assertTrue(e.getMessage().contains(options + ", line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("'output=out'"), e.getMessage());
  }

  @Test
  void anOptionsFileCannotNameAnother(@TempDir Path dir) throws IOException {
    String options = file(dir, "nested.options", "--optionsFile=other.options");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OptionsFiles.expand(new String[] {"--optionsFile=" + options}));
    assertTrue(e.getMessage().contains("cannot name another"), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    String missing = dir.resolve("absent.options").toString();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OptionsFiles.expand(new String[] {"--optionsFile=" + missing}));
    assertTrue(e.getMessage().startsWith("cannot read options file " + missing), e.getMessage());
  }
}
