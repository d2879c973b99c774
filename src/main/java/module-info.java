/**
 * juesuan: reads Chinese department final-accounts disclosure workbooks (部门决算公开) into immutable records
 * and checks their accounting identities.
 *
 * <p>Exported: the model, reading, rules and reports, and annotated copies. The command line
 * ({@code io.github.juesuan.cli}) stays inside the module.
 */
// requires-automatic: Hibernate Validator 8 is an automatic module (its jar names itself, without a
// module-info); every other dependency is an explicit module.
@SuppressWarnings("requires-automatic")
module io.github.juesuan {
    exports io.github.juesuan.model;
    exports io.github.juesuan.read;
    exports io.github.juesuan.rules;
    exports io.github.juesuan.report;
    exports io.github.juesuan.write;

    // The model's records carry Bean Validation constraint annotations (@Min, @Max, @Pattern, ...): a user
    // compiling against them reads their types.
    requires transitive jakarta.validation;

    requires org.hibernate.validator;
    // Hibernate Validator is an automatic module and cannot declare what it needs; classmate is an explicit
    // module that nothing else requires, so it is named here to be resolved on the module path.
    requires com.fasterxml.classmate;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.scratchpad;
    requires org.apache.commons.compress;
    requires com.fasterxml.aalto;
    requires com.fasterxml.jackson.core;
    requires org.slf4j;
    // The command line only (an optional dependency, bundled in the command-line jar): a library user needs
    // no picocli. picocli sets the commands' option fields by reflection.
    requires static info.picocli;
    opens io.github.juesuan.cli to info.picocli;

    // Hibernate Validator reads the constrained record components of the model by reflection.
    opens io.github.juesuan.model to org.hibernate.validator;
}
