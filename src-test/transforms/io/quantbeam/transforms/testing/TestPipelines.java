package io.quantbeam.transforms.testing;

import java.util.function.Consumer;
import org.apache.beam.sdk.testing.TestPipeline;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * Runs a {@link TestPipeline} from a JUnit 5 test. TestPipeline is a JUnit 4 rule; this applies
 * the rule around the test body, so its checks (every PAssert ran, no abandoned nodes) still hold.
 */
public final class TestPipelines {

  private TestPipelines() {}

  /** Builds the pipeline with {@code body}, which must call {@code run()} on it. */
  public static void run(Class<?> testClass, String testName, Consumer<TestPipeline> body) throws Throwable {
    TestPipeline pipeline = TestPipeline.create();
    Statement statement = new Statement() {
      @Override
      public void evaluate() {
        body.accept(pipeline);
      }
    };
    pipeline.apply(statement, Description.createTestDescription(testClass, testName)).evaluate();
  }
}
