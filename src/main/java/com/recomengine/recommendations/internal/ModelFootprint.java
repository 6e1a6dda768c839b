package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.model.IdDictionary;

/**
 * An estimate of the heap a served generation takes, from its shape: the item dictionary (each id a String in a
 * list and a hash map to its index) and, per strategy, a neighbour table (an offset per item, an int and a float per
 * entry) or a ranked list (an int and a float per item). It leaves out what JVM alignment adds; it is what the model
 * memory budget counts, and {@code make bench-tenants} sets it beside the measured heap.
 */
final class ModelFootprint {

    /** String header and its byte array's header (compact strings: one byte a character for Latin-1 ids). */
    private static final long STRING = 24 + 16;
    /** HashMap node, boxed index, table slot and list slot. */
    private static final long INDEX_ENTRY = 32 + 16 + 8 + 4;
    /** Headers and fixed fields of the set, its maps and each model object. */
    private static final long FIXED = 512;

    private static final long PER_MODEL = 128;

    private ModelFootprint() {}

    static long of(ModelSet models) {
        IdDictionary items = models.items();
        long bytes = FIXED;
        for (int i = 0; i < items.size(); i++) {
            bytes += STRING + items.id(i).length() + INDEX_ENTRY;
        }
        for (Strategy strategy : Strategy.values()) {
            var recommender = models.neighbours(strategy);
            if (recommender != null) {
                bytes += PER_MODEL
                        + 4L * (items.size() + 1)
                        + 8L * recommender.table().entries();
            }
            var ranked = models.ranked(strategy);
            if (ranked != null) {
                bytes += PER_MODEL + 8L * ranked.size();
            }
        }
        return bytes;
    }
}
