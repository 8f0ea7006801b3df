package org.newsindex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code --version} prints: the program and the version of the build, which the jar's manifest
 * holds ({@code Implementation-Version}, from the project's pom), so that no command repeats it.
 */
public final class BuildVersion implements CommandLine.IVersionProvider {

  @Spec private CommandSpec command;

  /** Picocli makes one for each {@code --version}. */
  public BuildVersion() {}

  @Override
  public String[] getVersion() {
    String version = BuildVersion.class.getPackage().getImplementationVersion();
    return new String[] {
      "newsindex " + command.root().name() + " " + (version == null ? "(development build)" : version)
    };
  }
}
