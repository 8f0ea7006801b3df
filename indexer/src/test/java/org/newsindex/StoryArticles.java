package org.newsindex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Crafted copies of one story, as archives hold them, and a different story of the same event that
 * shares its quotes: what near-duplicate detection must collapse and what it must keep apart.
 */
public final class StoryArticles {

  public static final String MAYOR = "Elena Novak";
  public static final String ENGINEER = "Tomas Reid";

  public static final String MAYOR_SAYS = "We cannot ask people to cross a bridge we no longer trust";
  public static final String ENGINEER_SAYS = "The cracks have grown faster than any model predicted";

  private static final List<String> BODY =
      List.of(
          "The Alder Harbour bridge will close to all traffic from Monday after inspectors found"
              + " widening cracks in two of its steel supports, the city council said on Friday.",
          "\u201c" + MAYOR_SAYS + ",\u201d said the mayor, " + MAYOR + ", who announced the"
              + " closure at a hastily arranged press conference beside the river.",
          "About 40,000 vehicles use the crossing every day, and the council expects the closure"
              + " to last at least six months while engineers decide whether the supports can be"
              + " repaired or must be replaced.",
          "\u201c" + ENGINEER_SAYS + ",\u201d said " + ENGINEER + ", the council's chief"
              + " engineer, adding that sensors fitted last spring had shown the change within"
              + " weeks.",
          "Ferries will run every fifteen minutes during the morning and evening rush, and two"
              + " extra bus routes will carry commuters around the estuary by the old ring road.",
          "Local businesses on the north bank said they feared losing customers, and the chamber"
              + " of commerce asked the council for help with rents while the bridge stays shut.");

  /** The story as first published. */
  public static final Article ORIGINAL = story("bridge/original", "Alder bridge to close after cracks found", BODY);

  /** The same text under another id. */
  public static final Article EXACT = story("bridge/exact", ORIGINAL.headline(), BODY);

  /** The same text under a new headline, as a syndicated copy runs it. */
  public static final Article NEW_HEADLINE =
      story("bridge/syndicated", "Cracked supports shut harbour crossing for months", BODY);

  /** One sentence changed, as a correction does. */
  public static final Article CORRECTED = story("bridge/corrected", ORIGINAL.headline(), with(2,
      "About 45,000 vehicles use the crossing every day, and the council now expects the"
          + " closure to last at least eight months while engineers decide whether the supports"
          + " can be repaired or must be replaced."));

  /** Boilerplate added before and after, as a wire service's copy carries it. */
  public static final Article WIRE = story("bridge/wire", ORIGINAL.headline(), withBoilerplate());

  /** Another report of the same closure, written anew, quoting the same two people alike. */
  public static final Article OTHER_REPORT =
      story(
          "bridge/analysis",
          "Why Alder's bridge failed its inspection",
          List.of(
              "Questions are mounting over how the harbour crossing deteriorated so quickly, a year"
                  + " after a survey rated its structure as sound.",
              "\u201c" + ENGINEER_SAYS + ",\u201d said " + ENGINEER + ", who defended the"
                  + " survey's methods before a committee of councillors on Saturday.",
              "Opposition members pointed to a maintenance budget cut by a third since 2019 and"
                  + " demanded an independent review of every structure the city owns.",
              "\u201c" + MAYOR_SAYS + ",\u201d " + MAYOR + " repeated, rejecting calls to"
                  + " reopen one lane for buses and emergency vehicles.",
              "Engineering firms bidding for the repair contract estimate its cost at between"
                  + " 80 and 120 million, depending on whether the piers must be rebuilt."));

  /** Every copy of the story: the same story five times. */
  public static final List<Article> COPIES = List.of(ORIGINAL, EXACT, NEW_HEADLINE, CORRECTED, WIRE);

  /** The copies and the other report. */
  public static final List<Article> ALL = List.of(ORIGINAL, EXACT, NEW_HEADLINE, CORRECTED, WIRE, OTHER_REPORT);

  private StoryArticles() {}

  private static List<String> with(int index, String paragraph) {
    List<String> body = new ArrayList<>(BODY);
    body.set(index, paragraph);
    return body;
  }

  private static List<String> withBoilerplate() {
    List<String> body = new ArrayList<>();
    body.add("ALDER, June 6 (Harbour Wire) -");
    body.addAll(BODY);
    body.add("Reporting by Ana Silva; editing by Mark Dunn. Sign up for our morning newsletter"
        + " to get the day's top stories in your inbox.");
    return body;
  }

  /** An article of the story with its two quotes, found where its body has them. */
  private static Article story(String id, String headline, List<String> body) {
    List<Quote> quotes = new ArrayList<>();
    for (int paragraph = 0; paragraph < body.size(); paragraph++) {
      if (body.get(paragraph).contains(MAYOR_SAYS)) {
        quotes.add(new Quote(MAYOR_SAYS, MAYOR, paragraph));
      }
      if (body.get(paragraph).contains(ENGINEER_SAYS)) {
        quotes.add(new Quote(ENGINEER_SAYS, ENGINEER, paragraph));
      }
    }
    return new Article(
        id, headline, LocalDate.of(2024, 6, 7), null, "Alder Post", body,
        List.of(ENGINEER, MAYOR), quotes);
  }
}
