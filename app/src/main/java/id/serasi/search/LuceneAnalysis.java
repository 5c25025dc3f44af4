package id.serasi.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Serasi's analyzers on the embedded Lucene backend (see {@link SearchAnalysis}). */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalysis.INDONESIAN).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop").param("words", SearchAnalysis.INDONESIAN_STOP_WORDS).param("ignoreCase", "true")
                .tokenFilter("indonesianStem");
        context.analyzer(SearchAnalysis.NAME).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(SearchAnalysis.NAME_PREFIX).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "1")
                .param("maxGramSize", String.valueOf(SearchAnalysis.LONGEST_PREFIX));
        context.normalizer(SearchAnalysis.CODE).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
