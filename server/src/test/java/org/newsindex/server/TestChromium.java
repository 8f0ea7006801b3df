package org.newsindex.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newsindex.testing.MachineCondition;

/**
 * The browser that {@link RequiresChromium} tests drive: Debian's {@code chromium} and {@code
 * chromium-driver} ({@code apt-get install chromium chromium-driver}), or the programs named by
 * {@value #CHROMIUM_VARIABLE} and {@value #CHROMEDRIVER_VARIABLE}. Naming a program that is not
 * there hides an installed browser from the tests, as on a machine without one.
 */
final class TestChromium {

  /** The Chromium program; {@code /usr/bin/chromium} when unset. */
  static final String CHROMIUM_VARIABLE = "NEWSINDEX_CHROMIUM";

  /** The chromedriver program; {@code /usr/bin/chromedriver} when unset. */
  static final String CHROMEDRIVER_VARIABLE = "NEWSINDEX_CHROMEDRIVER";

  private TestChromium() {}

  static Path chromium() {
    return program(CHROMIUM_VARIABLE, "/usr/bin/chromium");
  }

  static Path chromedriver() {
    return program(CHROMEDRIVER_VARIABLE, "/usr/bin/chromedriver");
  }

  private static Path program(String variable, String debianPath) {
    String named = System.getenv(variable);
    return Path.of(named == null || named.isBlank() ? debianPath : named);
  }

  /** Looks for both programs. */
  static final class Condition extends MachineCondition {
    @Override
    protected Optional<String> missing() {
      for (Path program : new Path[] {chromium(), chromedriver()}) {
        if (!Files.isExecutable(program)) {
          return Optional.of(
              "browser tests need " + chromium() + " and " + chromedriver() + ", and there is no "
                  + program + " (apt-get install chromium chromium-driver)");
        }
      }
      return Optional.empty();
    }
  }
}
