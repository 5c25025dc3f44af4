package id.serasi.search;

/**
 * The names of the analyzers and normalizers both search backends define the same way (Lucene embedded,
 * Elasticsearch in production), so the index mapping reads alike on either.
 */
final class SearchAnalysis {

    /** Free text in Indonesian: lower case, accents folded, Indonesian stop words dropped, words stemmed. */
    static final String INDONESIAN = "indonesian";
    /** Personal names: lower case and accents folded, no stemming (a name is not a word to reduce). */
    static final String NAME = "name";
    /** Names indexed by every prefix of each word, so "sit" finds "Siti"; searched with {@link #NAME}. */
    static final String NAME_PREFIX = "name_prefix";
    /** Codes and identifiers compared whole or by prefix: lower case, accents folded. */
    static final String CODE = "code";

    static final int LONGEST_PREFIX = 20;
    static final String INDONESIAN_STOP_WORDS = "org/apache/lucene/analysis/id/stopwords.txt";

    private SearchAnalysis() {
    }
}
