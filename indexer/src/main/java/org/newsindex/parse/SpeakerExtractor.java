package org.newsindex.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsindex.Quote;

/**
 * Finds who speaks in an article and what they say: the named people it quotes or reports as
 * speaking, and its direct quotations with their speakers, so that search can filter and facet
 * articles by speaker and show who said what.
 *
 * <p>Rule-based and linear in the length of the article, because it runs on every article at
 * indexing time. Speakers and quotations come from one reading, so every named speaker of a
 * quotation is among the speakers. Each speaker appears once, in order of first attribution, under
 * the fullest form of the name the article gives, without titles ("Mr Tillerson" becomes "Rex
 * Tillerson"). Organisations, anonymous sources, groups and offices are not speakers, and their
 * quotations have no speaker. Instances are stateless and thread-safe.
 */
public final class SpeakerExtractor {

  private final ParagraphTokenizer tokenizer = new ParagraphTokenizer();
  private final AttributionFinder attributions = new AttributionFinder();
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final QuoteAttributor quoteAttributor = new QuoteAttributor();

  /** Creates an extractor; it holds no per-article state, so one instance serves all articles. */
  public SpeakerExtractor() {}

  /**
   * Reads who speaks in an article and what they say.
   *
   * @param paragraphs the article's body paragraphs, in order, without the headline
   * @return the speakers, by canonical name in order of first attribution, and the quotations, each
   *     with the index of the paragraph it starts in
   */
  public Speech extract(List<String> paragraphs) {
    List<List<Token>> tokenized = new ArrayList<>(paragraphs.size());
    for (String paragraph : paragraphs) {
      tokenized.add(tokenizer.tokenize(paragraph));
    }
    Set<String> lowercaseWords = sentenceStartsAlsoInLowerCase(tokenized);
    List<List<NameRun>> runs = new ArrayList<>(paragraphs.size());
    Cast cast = new Cast();
    // The whole article is read for names first: the fullest form may come after a short one.
    for (List<Token> tokens : tokenized) {
      List<NameRun> paragraphRuns = NameRun.find(tokens, lowercaseWords, false);
      runs.add(paragraphRuns);
      for (NameRun run : paragraphRuns) {
        String organisation = OrganisationCues.organisationNamedBy(tokens, run);
        if (organisation != null) {
          cast.learnOrganisation(organisation);
        }
      }
      learn(cast, paragraphRuns);
      learn(cast, NameRun.find(tokens, lowercaseWords, true));
    }
    Set<String> speakers = new LinkedHashSet<>();
    List<List<ResolvedAttribution>> resolved = new ArrayList<>(paragraphs.size());
    for (int p = 0; p < tokenized.size(); p++) {
      resolved.add(attribute(tokenized.get(p), runs.get(p), cast, speakers));
    }
    List<Quote> quotes = quoteAttributor.attribute(
        quoteFinder.find(paragraphs, tokenized), tokenized, resolved);
    for (Quote quote : quotes) {
      if (quote.speaker() != null) {
        speakers.add(quote.speaker());
      }
    }
    return new Speech(List.copyOf(speakers), quotes);
  }

  /**
   * The capitalised words that start a sentence and that the article also writes in lower case
   * elsewhere, in lower case: they are capitalised only because they start the sentence. They are
   * the only lower-case words {@link NameRun#find} asks about, so gathering the sentence starts
   * first keeps the set small rather than holding every lower-case word of the article.
   */
  private static Set<String> sentenceStartsAlsoInLowerCase(List<List<Token>> tokenized) {
    Set<String> starts = new HashSet<>();
    for (List<Token> tokens : tokenized) {
      for (Token t : tokens) {
        if (t.isWord() && t.sentenceStart() && Character.isUpperCase(t.text().charAt(0))) {
          starts.add(t.lower());
        }
      }
    }
    Set<String> found = new HashSet<>();
    if (starts.isEmpty()) {
      return found;
    }
    for (List<Token> tokens : tokenized) {
      for (Token t : tokens) {
        if (t.isWord() && Character.isLowerCase(t.text().charAt(0)) && starts.contains(t.text())) {
          found.add(t.text());
        }
      }
    }
    return found;
  }

  /**
   * Walks one paragraph in text order, keeping track of whom each sentence is about, and returns
   * its attributions resolved to speakers (or to nobody) in text order.
   */
  private List<ResolvedAttribution> attribute(
      List<Token> tokens, List<NameRun> runs, Cast cast, Set<String> speakers) {
    List<Attribution> found = attributions.find(tokens, runs);
    List<ResolvedAttribution> resolved = new ArrayList<>(found.size());
    List<Object> events = new ArrayList<>(runs.size() + found.size());
    events.addAll(runs);
    events.addAll(found);
    // A name is seen before the attribution that starts at the same place.
    events.sort(Comparator.comparingInt(SpeakerExtractor::position)
        .thenComparingInt(e -> e instanceof NameRun ? 0 : 1));
    int[] sentenceOf = sentenceNumbers(tokens);
    int sentence = -1;
    String subject = null;
    // A name governed by a preposition ("with Sharron Storer") is the sentence's subject only when
    // the sentence names nobody else, and takes the focus only once the sentence is over.
    String fallback = null;
    for (Object event : events) {
      int at = position(event);
      if (sentenceOf[at] != sentence) {
        if (subject == null && fallback != null) {
          cast.focusOn(fallback);
        }
        sentence = sentenceOf[at];
        subject = null;
        fallback = null;
      }
      String person;
      if (event instanceof NameRun run) {
        person = resolve(run, cast);
        if (person == null || run.possessive()) {
          continue;
        }
        if (run.afterPreposition()) {
          fallback = fallback == null ? person : fallback;
          continue;
        }
      } else {
        Attribution a = (Attribution) event;
        person = switch (a.kind()) {
          case NAME -> resolve(a.run(), cast);
          case PRONOUN, DESCRIPTION -> cast.recent(a.pronoun());
          case SENTENCE_SUBJECT -> subject != null ? subject : fallback;
          case UNNAMED -> null;
        };
        resolved.add(new ResolvedAttribution(a.position(), person));
        if (person == null) {
          continue;
        }
        speakers.add(person);
        cast.focusOn(person);
      }
      if (subject == null) {
        subject = person;
        cast.focusOn(person);
      }
    }
    return resolved;
  }

  private static void learn(Cast cast, List<NameRun> runs) {
    for (NameRun run : runs) {
      String organisation = run.organisation();
      if (organisation != null) {
        cast.learnOrganisation(organisation);
      }
      if (run.mention() != null) {
        cast.learn(run.mention());
      }
    }
  }

  /**
   * The person a run names: its mention resolved, or, for a word that would end an organisation's
   * name ("said Poll"), the person named in full with that surname (Graham Poll).
   */
  private static String resolve(NameRun run, Cast cast) {
    if (run.mention() != null) {
      return cast.resolve(run.mention());
    }
    boolean surname = run.words().size() == 1 && !run.possessive() && !run.attributive()
        && !run.afterArticle() && NameVocabulary.isOrganisationWord(run.words().getFirst());
    return surname ? cast.personWithSurname(run.words().getFirst().text()) : null;
  }

  private static int position(Object event) {
    return event instanceof NameRun run ? run.start() : ((Attribution) event).position();
  }

  private static int[] sentenceNumbers(List<Token> tokens) {
    int[] numbers = new int[tokens.size()];
    int sentence = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).sentenceStart() && i > 0) {
        sentence++;
      }
      numbers[i] = sentence;
    }
    return numbers;
  }
}
