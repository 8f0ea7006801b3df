package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is valid OpenAPI 3.1, names every route, and is what the server serves. */
class OpenApiDocumentTest {

  @Test
  void theDocumentIsValidOpenApiAndNamesEveryRoute() {
    SwaggerParseResult parsed = new OpenAPIParser().readContents(OpenApiDocument.TEXT, null, null);

    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(parsed.getOpenAPI().getPaths().keySet())
        .containsExactlyInAnyOrderElementsOf(
            Set.of(
                "/api/search",
                "/api/quotes",
                "/api/speakers",
                "/api/articles/{id}",
                "/api/articles/{id}/related",
                "/health",
                "/metrics",
                "/openapi.json",
                "/api/docs"));
  }

  @Test
  void theServerServesTheDocumentAndAnInteractivePageForIt() {
    JavalinTest.test(
        NewsServer.create(FailingSearcher.throwing(new IllegalStateException("not asked"))),
        (server, client) -> {
          assertThat(client.get("/openapi.json").body().string()).isEqualTo(OpenApiDocument.TEXT);
          String page = client.get("/api/docs").body().string();
          assertThat(page).contains("/api-docs.js").doesNotContain("${");
          String bundle = page.replaceAll("(?s).*src=\"(/webjars/[^\"]+)\".*", "$1");
          assertThat(client.get(bundle).code()).as(bundle).isEqualTo(200);
        });
  }
}
