package io.github.juesuan.rules;

import org.junit.jupiter.api.Test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Marks the test that makes one rule FAIL. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Breaks {
    /** The rule id. */
    String value();

    /** Checks a pack test class covers its rules: a pass test for each (listed) and exactly one {@code @Breaks} test. */
    final class Coverage {
        private Coverage() {
        }

        static void assertEveryRuleTested(Class<?> tests, String prefix, List<String> passTested) {
            Set<String> pack = RulePack.standard().rules().stream().map(Rule::id).filter(id -> id.startsWith(prefix))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(pack, new TreeSet<>(passTested),
                    "RULES (the pass tests) must list exactly the " + prefix + " rules of the pack");
            assertEquals(passTested.size(), Set.copyOf(passTested).size(), "RULES lists a rule twice");
            Set<String> broken = new TreeSet<>();
            for (Method m : tests.getDeclaredMethods()) {
                Breaks b = m.getAnnotation(Breaks.class);
                if (b != null && b.value().startsWith(prefix)) {
                    assertTrue(m.isAnnotationPresent(Test.class), m.getName() + " carries @Breaks but is no @Test");
                    assertTrue(broken.add(b.value()), "two tests break " + b.value());
                }
            }
            assertEquals(pack, broken, "every " + prefix + " rule needs exactly one @Breaks test");
        }
    }
}
