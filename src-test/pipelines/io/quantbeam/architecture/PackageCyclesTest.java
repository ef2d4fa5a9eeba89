package io.quantbeam.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No package of the main code depends on itself through others: each package (models, transforms
 * and pipelines alike, every subpackage its own slice) can be read, tested and moved without
 * pulling in its dependants. Runs in the pipelines module, whose class path holds all three.
 */
class PackageCyclesTest {

  private static final JavaClasses MAIN_CODE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("io.quantbeam");

  @Test
  void noPackageCycles() {
    slices().matching("io.quantbeam.(**)").should().beFreeOfCycles().check(MAIN_CODE);
  }
}
