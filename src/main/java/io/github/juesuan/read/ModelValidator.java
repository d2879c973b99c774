package io.github.juesuan.read;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.PerformanceEvaluation;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;
import io.github.juesuan.model.Severity;
import io.github.juesuan.model.Source;
import io.github.juesuan.model.Table;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Runs the Bean Validation constraints of the model and turns each violation into a {@link Problem}.
 *
 * <p>Hibernate Validator is bootstrapped with {@link ParameterMessageInterpolator}, so no Expression
 * Language implementation is needed at run time; the message templates are keys into juesuan's own
 * bundle ({@code ValidationMessages_zh/en} in this package), resolved here in Chinese and English. The
 * factory is built once per class loader: building it costs far more than validating.
 */
final class ModelValidator {
    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
                .ignoreXmlConfiguration() // no META-INF/validation.xml to look for: a cold start saves the XML parsing
                .messageInterpolator(new ParameterMessageInterpolator())
                .traversableResolver(new TraverseAll())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    private static final String BUNDLE = "io.github.juesuan.read.ValidationMessages";

    /** Every property is reachable: the model is plain records, so no JPA provider needs to be asked. */
    private static final class TraverseAll implements jakarta.validation.TraversableResolver {
        @Override
        public boolean isReachable(Object bean, jakarta.validation.Path.Node node, Class<?> root,
                                   jakarta.validation.Path path, java.lang.annotation.ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, jakarta.validation.Path.Node node, Class<?> root,
                                    jakarta.validation.Path path, java.lang.annotation.ElementType type) {
            return true;
        }
    }

    private ModelValidator() {
    }

    static List<Problem> validate(Disclosure disclosure) {
        List<ConstraintViolation<?>> sorted = new ArrayList<>();
        // Each object is handed to the validator only where one of its constraints can fail at all (the tests
        // below restate them): most reads break none, and asking the validator about a workbook's hundreds of
        // rows and thousands of figures costs more than reading them. Where one may fail, the validator judges
        // and words it, so the problems are the validator's own.
        if (mayBreak(disclosure)) {
            sorted.addAll(Holder.VALIDATOR.validate(disclosure));
        }
        for (Table t : disclosure.tables()) {
            rows(t, sorted);
        }
        for (PerformanceEvaluation p : disclosure.evaluations()) {
            rows(p.table(), sorted);
        }
        if (sorted.isEmpty()) {
            return List.of();
        }
        sorted.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        List<Problem> problems = new ArrayList<>(sorted.size());
        ResourceBundle zh = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE);
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        for (ConstraintViolation<?> v : sorted) {
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1) : template;
            Source source = sourceOf(v.getLeafBean(), disclosure);
            Object invalid = v.getInvalidValue();
            String where = source == null ? disclosure.file() : source.location();
            String zhText = where + "：" + (zh.containsKey(key) ? zh.getString(key) : v.getMessage()) + (invalid == null ? "（未填写）" : "（当前值：" + invalid + "）");
            String enText = where + ": " + (en.containsKey(key) ? en.getString(key) : v.getMessage()) + (invalid == null ? " (missing)" : " (value: " + invalid + ")");
            String property = key.startsWith("juesuan.") ? key.substring("juesuan.".length()) : v.getPropertyPath().toString();
            problems.add(new Problem("READ.CONSTRAINT." + property, Severity.WARNING, source, zhText, enText));
        }
        return problems;
    }

    /**
     * Whether a disclosure may break one of its constraints: {@code @NotBlank unitName} (null, or nothing but
     * characters up to U+0020, which is what {@link String#trim} removes) or {@code @Min(1990) @Max(2100) year}.
     */
    private static boolean mayBreak(Disclosure d) {
        return d.unitName() == null || d.unitName().trim().isEmpty()
                || d.year() != null && (d.year() < 1990 || d.year() > 2100);
    }

    private static void rows(Table t, List<ConstraintViolation<?>> out) {
        for (Row r : t.rows()) {
            if (r.code() != null && !LabelMatcher.isCode(r.code())) {
                out.addAll(Holder.VALIDATOR.validate(r));
            }
            for (Figure f : r.figures().values()) {
                if (f.decimals() < 0 || f.decimals() > 6) {
                    out.addAll(Holder.VALIDATOR.validate(f));
                }
            }
        }
    }

    private static Source sourceOf(Object bean, Disclosure d) {
        if (bean instanceof Figure f) {
            return f.source();
        }
        if (bean instanceof Row r) {
            return r.source();
        }
        if (bean instanceof Table t) {
            return t.source();
        }
        if (bean instanceof PerformanceEvaluation p) {
            return p.table().source();
        }
        if (bean instanceof Disclosure disc && !disc.tables().isEmpty()) {
            return disc.tables().get(0).source();
        }
        return null;
    }
}
