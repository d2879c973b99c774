package io.github.juesuan.rules;

import java.util.Collection;
import java.util.Objects;

/**
 * Rule-id patterns, as a user names the rules to keep, leave out or give another severity: an id
 * ({@code GK01.002}), or an id with {@code *} standing for any text, possibly none ({@code GK01.*}, {@code JX.W*}).
 * A pattern that matches no rule of the pack is an error, since it is most likely a typo that would otherwise
 * silently leave the pack as it was.
 */
final class RuleIdPattern {
    private RuleIdPattern() {
    }

    /** Whether the id matches one of the patterns. */
    static boolean matchesAny(Collection<String> patterns, String id) {
        return patterns.stream().anyMatch(p -> matches(p, id));
    }

    /** Whether an id matches a pattern in which {@code *} stands for any text (possibly none). */
    static boolean matches(String pattern, String id) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return pattern.equals(id);
        }
        String[] parts = pattern.split("\\*", -1);
        if (!id.startsWith(parts[0])) {
            return false;
        }
        int at = parts[0].length();
        for (int i = 1; i < parts.length - 1; i++) {
            int found = id.indexOf(parts[i], at);
            if (found < 0) {
                return false;
            }
            at = found + parts[i].length();
        }
        String last = parts[parts.length - 1];
        return id.length() - at >= last.length() && id.endsWith(last);
    }

    /**
     * Checks that every pattern matches a rule of the pack.
     *
     * @throws IllegalArgumentException naming the first pattern that matches no rule, and the pack
     * @throws NullPointerException     when a pattern is null
     */
    static void requireKnown(Collection<String> patterns, RulePack pack) {
        for (String p : patterns) {
            Objects.requireNonNull(p, "pattern");
            if (pack.rules().stream().noneMatch(r -> matches(p, r.id()))) {
                throw new IllegalArgumentException(p.indexOf('*') < 0
                        ? RulesMessages.both("pack.noSuchRule", p, pack.name())
                        : RulesMessages.both("pack.noMatchingRule", p, pack.name()));
            }
        }
    }
}
