package org.newsindex.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides, before any test body runs, whether the machine has something a test class needs (a
 * search node, a browser): with it the tests run; without it they are skipped with the reason,
 * except where {@value #CI_VARIABLE} is set, where the class fails instead, since CI must run every
 * test. A test body can therefore never see, and never swallow, the decision.
 *
 * <p>Subclasses say what they look for in {@link #missing()}; annotations such as {@link
 * RequiresOpenSearch} register them on a class.
 */
public abstract class MachineCondition implements ExecutionCondition {

  /** Set on CI, where a missing requirement fails the tests that need it. */
  public static final String CI_VARIABLE = "CI";

  /** What the machine lacks, with the remedy; empty when it has what the tests need. */
  protected abstract Optional<String> missing();

  @Override
  public final ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> missing = missing();
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("the machine has what these tests need");
    }
    if (System.getenv(CI_VARIABLE) != null) {
      throw new ExtensionConfigurationException(
          missing.get() + ", and " + CI_VARIABLE + " is set: CI must run these tests (see .ci/run)");
    }
    return ConditionEvaluationResult.disabled(missing.get());
  }

  /** The value of an environment variable, or empty when it is unset or blank. */
  protected static Optional<String> variable(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
  }
}
