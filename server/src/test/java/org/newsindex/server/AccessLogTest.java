package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccessLogTest {

  @Test
  void aLineNamesTheRequestItsStatusAndItsMillisecondsInTenths() {
    assertThat(AccessLog.line("GET", "/api/search", "q=central+bank&size=1", 200, 3.46))
        .isEqualTo("GET /api/search?q=central+bank&size=1 200 3.5 ms");
    assertThat(AccessLog.line("GET", "/app.js", null, 404, 0.04))
        .isEqualTo("GET /app.js 404 0.0 ms");
    assertThat(AccessLog.line("POST", "/x", "", 400, 12.0)).isEqualTo("POST /x? 400 12.0 ms");
  }

  @Test
  void theMillisecondsReadAsFormattingWithOneDecimalWouldPrintThem() {
    for (double millis : new double[] {0, 0.05, 0.949, 0.95, 1.25, 9.99, 10.04, 123.456, 5000.0}) {
      assertThat(AccessLog.line("GET", "/", null, 200, millis))
          .as("%s ms", millis)
          .endsWith(" " + String.format(Locale.ROOT, "%.1f", millis) + " ms");
    }
  }
}
