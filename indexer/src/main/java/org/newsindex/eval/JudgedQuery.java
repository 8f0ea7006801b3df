package org.newsindex.eval;

import java.util.Map;
import java.util.Objects;

/**
 * A query of a relevance test set: what a person typed, the information need behind it, and the
 * grade of each article judged against that need (2 highly relevant, 1 partly, 0 not). Articles
 * that were never judged have no grade and count as not relevant.
 *
 * @param id     names the query in reports, such as {@code bbc-07}
 * @param query  the query text, in newsindex's query syntax
 * @param need   what the person wants, and what makes an article relevant to it
 * @param grades article id to grade, 0 to 2
 */
public record JudgedQuery(String id, String query, String need, Map<String, Integer> grades) {

  /** The highest grade: highly relevant. */
  public static final int MAX_GRADE = 2;

  /** Checks the grades and copies them, so a judged query never changes once made. */
  public JudgedQuery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(need, "need");
    grades = Map.copyOf(grades);
    for (Map.Entry<String, Integer> grade : grades.entrySet()) {
      if (grade.getValue() < 0 || grade.getValue() > MAX_GRADE) {
        throw new IllegalArgumentException(
            "grade of " + grade.getKey() + " for " + id + " must be 0 to " + MAX_GRADE
                + ", was " + grade.getValue());
      }
    }
  }

  /** The grade of an article: 0 when it was judged not relevant or never judged. */
  public int grade(String articleId) {
    return grades.getOrDefault(articleId, 0);
  }

  /** Whether an article was judged for this query. */
  public boolean judged(String articleId) {
    return grades.containsKey(articleId);
  }

  /** How many articles were judged relevant, partly or highly. */
  public long relevantCount() {
    return grades.values().stream().filter(grade -> grade > 0).count();
  }
}
