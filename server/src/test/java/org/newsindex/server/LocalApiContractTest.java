package org.newsindex.server;

import java.io.IOException;
import java.nio.file.Files;

/** {@link ApiContract} over a local index folder. */
class LocalApiContractTest extends ApiContract {

  @Override
  Backend newBackend() throws IOException {
    return new Backend.Local(Files.createTempDirectory("newsindex-contract-"));
  }
}
