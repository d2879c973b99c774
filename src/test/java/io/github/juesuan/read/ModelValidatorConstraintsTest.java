package io.github.juesuan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.juesuan.model.Disclosure;
import io.github.juesuan.model.Figure;
import io.github.juesuan.model.Problem;
import io.github.juesuan.model.Row;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * ModelValidator asks Hibernate Validator about a disclosure, a row or a figure only when one of its constraints
 * can fail, tested by hand beside it; these tests pin the constraints those hand-written tests stand for, and
 * check that for a disclosure's unit name and year they find exactly what the validator finds.
 */
class ModelValidatorConstraintsTest {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .ignoreXmlConfiguration().messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    /** Each constrained property of the class with its constraints' annotation and attributes, sorted. */
    private static Map<String, List<String>> constraints(Class<?> type) {
        BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
        Map<String, List<String>> out = new TreeMap<>();
        if (!bean.getConstraintDescriptors().isEmpty()) {
            out.put("(class)", describe(bean.getConstraintDescriptors()));
        }
        bean.getConstrainedProperties().forEach(p -> out.put(p.getPropertyName()
                + (p.isCascaded() ? " @Valid" : ""), describe(p.getConstraintDescriptors())));
        return out;
    }

    private static List<String> describe(java.util.Set<ConstraintDescriptor<?>> descriptors) {
        List<String> out = new ArrayList<>();
        for (ConstraintDescriptor<?> d : descriptors) {
            Map<String, Object> attributes = new TreeMap<>(d.getAttributes());
            attributes.keySet().removeAll(List.of("groups", "payload", "message", "flags"));
            attributes.replaceAll((k, v) -> v instanceof Object[] a ? Arrays.toString(a) : v);
            out.add(d.getAnnotation().annotationType().getSimpleName() + attributes);
        }
        out.sort(null);
        return out;
    }

    @Test
    void theConstraintsAreThoseModelValidatorTestsByHand() {
        assertEquals(Map.of("unitName", List.of("NotBlank{}"), "year", List.of("Max{value=2100}", "Min{value=1990}")),
                constraints(Disclosure.class));
        assertEquals(Map.of("code", List.of("Pattern{regexp=\\d{3}|\\d{5}|\\d{7}}")), constraints(Row.class));
        assertEquals(Map.of("decimals", List.of("Max{value=6}", "Min{value=0}")), constraints(Figure.class));
    }

    @Test
    void unitNameAndYearProblemsAreThoseTheValidatorFinds() {
        List<String> names = Arrays.asList(null, "", " ", "\t\n", "\u0001", "\u3000", "\u00a0", "单位", " 单位 ");
        List<Integer> years = Arrays.asList(null, Integer.MIN_VALUE, 0, 1989, 1990, 2024, 2100, 2101,
                Integer.MAX_VALUE);
        for (String name : names) {
            for (Integer year : years) {
                Disclosure d = new Disclosure("f.xlsx", name, year, List.of(), List.of());
                List<String> expected = VALIDATOR.validate(d).stream()
                        .map(v -> "READ.CONSTRAINT.disclosure." + v.getPropertyPath()).sorted().toList();
                List<String> found = ModelValidator.validate(d).stream().map(Problem::code).sorted().toList();
                assertEquals(expected, found, "unit name " + name + ", year " + year);
            }
        }
    }
}
