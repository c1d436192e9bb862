package dev.revgraph.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a sample test class that only {@link KitRun} runs (through the JUnit Platform's
 * {@code EngineTestKit}): when the build's own run finds it, it is disabled, because some samples fail
 * on purpose.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnlyInTestKit.Condition.class)
@interface OnlyInTestKit {

    /** The configuration parameter {@link KitRun} sets. */
    String PARAMETER = "dev.revgraph.test.samples";

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).isPresent()
                    ? ConditionEvaluationResult.enabled("run by the kit's own tests")
                    : ConditionEvaluationResult.disabled("a sample for the kit's own tests, some failing on purpose");
        }
    }
}
