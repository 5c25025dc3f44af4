package id.serasi.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * Serasi's analyzers on Elasticsearch (or OpenSearch), built from the server's own Indonesian stop words and
 * stemmer so that they match {@link LuceneAnalysis}.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("indonesian_stop").type("stop").param("stopwords", "_indonesian_")
                .param("ignore_case", true);
        context.tokenFilter("indonesian_stemmer").type("stemmer").param("language", "indonesian");
        context.tokenFilter("name_prefixes").type("edge_ngram").param("min_gram", 1)
                .param("max_gram", SearchAnalysis.LONGEST_PREFIX);
        context.analyzer(SearchAnalysis.INDONESIAN).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "indonesian_stop", "indonesian_stemmer");
        context.analyzer(SearchAnalysis.NAME).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.analyzer(SearchAnalysis.NAME_PREFIX).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "name_prefixes");
        context.normalizer(SearchAnalysis.CODE).custom().tokenFilters("lowercase", "asciifolding");
    }
}
