package io.github.juesuan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The main code's architecture, checked on its class files in every build ({@code mvn test}, so {@code verify}).
 *
 * <ul>
 *   <li>Packages point one way: {@code cli} → {@code write}/{@code report} → {@code rules}/{@code read} →
 *       {@code model}. Packages of one layer may use each other; nothing uses a layer above its own. The
 *       internal helpers {@code i18n} (messages) and {@code text} (label folding) sit beside {@code model}:
 *       every layer but {@code model} may use them, and they use none of them.</li>
 *   <li>Apache POI's types ({@code org.apache.poi..}) appear only in {@code read} and {@code write}: the
 *       reader and the annotated copy are the two places that touch a workbook's format.</li>
 *   <li>{@code model} uses nothing but the JDK and Bean Validation's constraint annotations: a user of the
 *       records needs no other library.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "io.github.juesuan", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("io.github.juesuan.cli..")
            .layer("output").definedBy("io.github.juesuan.write..", "io.github.juesuan.report..")
            .layer("core").definedBy("io.github.juesuan.rules..", "io.github.juesuan.read..")
            .layer("model").definedBy("io.github.juesuan.model..")
            .layer("shared").definedBy("io.github.juesuan.i18n..", "io.github.juesuan.text..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("output").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("core").mayOnlyBeAccessedByLayers("cli", "output")
            .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "output", "core")
            .whereLayer("shared").mayOnlyBeAccessedByLayers("cli", "output", "core");

    @ArchTest
    static final ArchRule poiOnlyInReadAndWrite = noClasses()
            .that().resideOutsideOfPackages("io.github.juesuan.read..", "io.github.juesuan.write..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("the reader and the annotated copy are the only places that know a workbook's format");

    @ArchTest
    static final ArchRule modelNeedsOnlyTheJdkAndBeanValidation = classes()
            .that().resideInAPackage("io.github.juesuan.model..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "jakarta.validation..", "io.github.juesuan.model..")
            .because("a user of the model's records needs no library but Bean Validation's annotations");
}
