package com.recomengine.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what a shopper typed into PostgreSQL text queries. Words are letters and digits only, so nothing the user
 * types reaches the query syntax; each word matches as a prefix ({@code lant} finds lanterns), after English
 * stemming. The approximate form adds, per word, the catalog's own words that are closest by trigram similarity.
 */
final class SearchText {

    static final int MAX_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchText() {}

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find() && words.size() < MAX_WORDS) {
            String word = matcher.group();
            words.add(word.length() > 50 ? word.substring(0, 50) : word);
        }
        return words;
    }

    /** For {@code to_tsquery('english', ?)}: every word as a prefix, all required. */
    static String prefixQuery(List<String> words) {
        return words.stream().map(w -> w + ":*").collect(Collectors.joining(" & "));
    }

    /** For {@code to_tsquery('simple', ?)}: the given catalog words (already stemmed), any of them. */
    static String anyOf(List<String> terms) {
        return terms.stream().map(SearchText::quoted).collect(Collectors.joining(" | "));
    }

    /** True when some word has a correction at all. */
    static boolean correctable(Map<String, List<String>> corrections) {
        return corrections.values().stream().anyMatch(list -> !list.isEmpty());
    }

    private static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
