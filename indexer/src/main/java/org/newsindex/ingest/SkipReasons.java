package org.newsindex.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words the one-line reason a file is skipped, so that the summary tells a user what to fix
 * ("broken symbolic link to gone.txt") instead of echoing an exception.
 */
final class SkipReasons {

  /** Hops after which a chain of links counts as a loop, as the kernel's own limit does. */
  private static final int MAX_LINK_HOPS = 40;

  private SkipReasons() {}

  /** Why a file could not be read or visited. */
  static String of(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "cannot read: it no longer exists";
    }
    String detail = e instanceof FileSystemException fs && fs.getReason() != null
        ? fs.getReason()
        : e.getMessage();
    return "cannot read: " + (detail == null ? e.getClass().getSimpleName() : detail);
  }

  /**
   * Why a symbolic link that could not be followed leads nowhere: it loops, or its target is
   * missing. Walks the chain by hand, because the error of following it does not say which.
   */
  static String ofLink(Path link) {
    Set<Path> visited = new HashSet<>();
    Path current = link;
    try {
      for (int hop = 0; Files.isSymbolicLink(current); hop++) {
        if (hop == MAX_LINK_HOPS || !visited.add(current.toAbsolutePath().normalize())) {
          return "symbolic link loop";
        }
        current = current.resolveSibling(Files.readSymbolicLink(current));
      }
      return "broken symbolic link to " + Files.readSymbolicLink(link);
    } catch (IOException e) {
      return "broken symbolic link (" + of(e) + ")";
    }
  }

  /** Why a file over the size limit is skipped, with its size and the limit in MB (10^6 bytes). */
  static String tooLarge(long size, long limit) {
    return String.format(
        Locale.ROOT, "too large (%.1f MB; the limit is %d MB)", size / 1e6, limit / 1_000_000);
  }
}
