package org.newsindex.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The server's routes see the library's API (and its JSON form) only, so that any backend can stand
 * behind them; only {@link ServerCommand}, which chooses the backend, names one.
 */
class ServerArchitectureTest {

  @Test
  void onlyTheCommandNamesABackend() {
    JavaClasses server =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.newsindex.server");
    noClasses()
        .that()
        .resideInAPackage("org.newsindex.server")
        .and()
        .doNotBelongToAnyOf(ServerCommand.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.newsindex.lucene..",
            "org.newsindex.opensearch..",
            "org.newsindex.search..",
            "org.newsindex.highlight..",
            "org.newsindex.ingest..",
            "org.newsindex.parse..",
            "org.newsindex.cli..",
            "org.newsindex.eval..")
        .check(server);
  }
}
