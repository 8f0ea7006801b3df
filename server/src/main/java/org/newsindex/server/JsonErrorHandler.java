package org.newsindex.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises before Javalin sees a request (a NUL byte or a bad escape in the
 * path) with the same JSON {@link ErrorResponse} as every other error, instead of an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

  private final ObjectMapper json;

  JsonErrorHandler(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    withHeaders(response.getHeaders());
    response.write(true, body(code), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    withHeaders(fields);
    return body(status);
  }

  /** The headers of every error: JSON, and those {@link ResponseHeaders} puts on every answer. */
  private static void withHeaders(HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, NewsServer.JSON_CONTENT_TYPE);
    ResponseHeaders.SECURITY.forEach(fields::put);
    fields.put(HttpHeader.CACHE_CONTROL, ResponseHeaders.ANSWERS_CACHE);
  }

  // Jetty's own message may quote the request back; the status phrase says enough.
  private ByteBuffer body(int status) {
    String phrase = HttpStatus.getMessage(status).toLowerCase(Locale.ROOT);
    try {
      return ByteBuffer.wrap(json.writeValueAsBytes(new ErrorResponse(phrase)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
