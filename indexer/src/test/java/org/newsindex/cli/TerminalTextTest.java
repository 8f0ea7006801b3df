package org.newsindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  private static final String HTML =
      "Tom &amp; Jerry said &quot;<mark>interest rates</mark>&quot; &lt;b&gt; it&#x27;s &amp;lt;";

  @Test
  void pipedTextIsPlainAndUnescapedOnce() {
    assertThat(new TerminalText(false).of(HTML))
        .isEqualTo("Tom & Jerry said \"interest rates\" <b> it's &lt;");
  }

  @Test
  void onATerminalMatchesAreBold() {
    assertThat(new TerminalText(true).of("a <mark>b &amp; c</mark> d <mark>e</mark>"))
        .isEqualTo("a \u001b[1mb & c\u001b[22m d \u001b[1me\u001b[22m");
  }
}
