package org.newsindex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules that each {@code package-info.java} states, checked over the compiled classes
 * of the library (not its tests): the API stands alone, the two backends never meet, and only the
 * command lines choose a backend.
 */
class ArchitectureTest {

  private static JavaClasses library;

  @BeforeAll
  static void importTheLibrary() {
    library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.newsindex");
  }

  @Test
  void theApiUsesTheJavaPlatformOnly() {
    classes()
        .that()
        .resideInAPackage("org.newsindex")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("org.newsindex", "java..")
        .check(library);
  }

  @Test
  void theBackendsNeverUseEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.newsindex.lucene..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.newsindex.opensearch..")
        .check(library);
    noClasses()
        .that()
        .resideInAPackage("org.newsindex.opensearch..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.newsindex.lucene..")
        .check(library);
  }

  @Test
  void packagesUseOnlyThoseBeneathThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("org.newsindex..")
        .layer("api").definedBy("org.newsindex")
        .layer("parse").definedBy("org.newsindex.parse..")
        .layer("search").definedBy("org.newsindex.search..")
        .layer("highlight").definedBy("org.newsindex.highlight..")
        .layer("ingest").definedBy("org.newsindex.ingest..")
        .layer("lucene").definedBy("org.newsindex.lucene..")
        .layer("opensearch").definedBy("org.newsindex.opensearch..")
        .layer("eval").definedBy("org.newsindex.eval..")
        .layer("json").definedBy("org.newsindex.json..")
        .layer("cli").definedBy("org.newsindex.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("lucene").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("opensearch").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("eval").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("json").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("highlight").mayOnlyBeAccessedByLayers("lucene", "opensearch")
        .whereLayer("search")
        .mayOnlyBeAccessedByLayers("highlight", "lucene", "opensearch", "ingest", "cli")
        .whereLayer("parse").mayOnlyBeAccessedByLayers("search", "ingest", "eval", "cli")
        .whereLayer("api").mayNotAccessAnyLayer()
        .check(library);
  }
}
