package org.newsindex.server;

import java.util.List;
import org.newsindex.SpeakerCount;

/** The body of {@code GET /api/speakers}: people quoted in the index, most quoted first. */
public record SpeakersResponse(List<SpeakerCount> speakers) {

  public SpeakersResponse {
    speakers = List.copyOf(speakers);
  }
}
