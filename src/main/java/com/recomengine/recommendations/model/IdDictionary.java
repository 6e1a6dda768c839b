package com.recomengine.recommendations.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merchant ids (user ids, product ids, order ids) ↔ dense indexes 0..size-1, in order of first appearance. Models
 * work on indexes; the dictionary turns them back into ids for persistence and responses. Grows while data is
 * added, not thread-safe then; read-only (and safe to share) once the data or model holding it is built.
 */
public final class IdDictionary {

    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    public static IdDictionary of(Iterable<String> ids) {
        IdDictionary dictionary = new IdDictionary();
        ids.forEach(dictionary::add);
        return dictionary;
    }

    /** The index of {@code id}, added at the end when new. */
    public int add(String id) {
        Integer known = indexes.putIfAbsent(id, ids.size());
        if (known != null) {
            return known;
        }
        ids.add(id);
        return ids.size() - 1;
    }

    /** The index of {@code id}, or -1 when it is unknown. */
    public int indexOf(String id) {
        Integer index = indexes.get(id);
        return index == null ? -1 : index;
    }

    public String id(int index) {
        return ids.get(index);
    }

    public int size() {
        return ids.size();
    }
}
