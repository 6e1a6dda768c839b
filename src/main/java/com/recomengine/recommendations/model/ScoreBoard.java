package com.recomengine.recommendations.model;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Candidate scores of one request: an open-addressing map item → (score, strongest contributor), sized to the
 * candidates rather than to the catalog, so that a request allocates a few kilobytes whatever the catalog size.
 */
final class ScoreBoard {

    private static final int EMPTY = -1;

    private int[] keys;
    private float[] scores;
    private int[] because;
    private float[] strongest;
    private int mask;
    private int size;

    ScoreBoard(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        Arrays.fill(keys, EMPTY);
        scores = new float[capacity];
        because = new int[capacity];
        strongest = new float[capacity];
        mask = capacity - 1;
    }

    void add(int item, float contribution, int source) {
        int slot = slotOf(item);
        if (keys[slot] == EMPTY) {
            keys[slot] = item;
            because[slot] = source;
            strongest[slot] = contribution;
            if (++size * 2 > keys.length) {
                grow();
            }
            slot = slotOf(item);
        } else if (contribution > strongest[slot]) {
            strongest[slot] = contribution;
            because[slot] = source;
        }
        scores[slot] += contribution;
    }

    /** Offers every candidate that is not excluded to {@code top}. */
    void offerTo(TopK top, IntPredicate excluded) {
        for (int slot = 0; slot < keys.length; slot++) {
            int item = keys[slot];
            if (item != EMPTY && top.accepts(scores[slot]) && !excluded.test(item)) {
                top.offer(item, scores[slot]);
            }
        }
    }

    /** The candidate's summed score, 0 when it is none. */
    float score(int item) {
        int slot = slotOf(item);
        return keys[slot] == item ? scores[slot] : 0;
    }

    /** The largest score of a candidate that is not excluded, 0 when there is none. */
    float max(IntPredicate excluded) {
        float max = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY && scores[slot] > max && !excluded.test(keys[slot])) {
                max = scores[slot];
            }
        }
        return max;
    }

    /** Offers every candidate that is not excluded with its score times {@code scale} plus its prior. */
    void offerTo(TopK top, IntPredicate excluded, float scale, float[] prior) {
        for (int slot = 0; slot < keys.length; slot++) {
            int item = keys[slot];
            if (item != EMPTY) {
                float score = scores[slot] * scale + prior[item];
                if (top.accepts(score) && !excluded.test(item)) {
                    top.offer(item, score);
                }
            }
        }
    }

    int because(int item) {
        int slot = slotOf(item);
        return keys[slot] == item ? because[slot] : -1;
    }

    private int slotOf(int item) {
        int slot = (item * 0x9E3779B9) >>> 7 & mask;
        while (keys[slot] != EMPTY && keys[slot] != item) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        float[] oldScores = scores;
        int[] oldBecause = because;
        float[] oldStrongest = strongest;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        scores = new float[keys.length];
        because = new int[keys.length];
        strongest = new float[keys.length];
        mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                int slot = slotOf(oldKeys[s]);
                keys[slot] = oldKeys[s];
                scores[slot] = oldScores[s];
                because[slot] = oldBecause[s];
                strongest[slot] = oldStrongest[s];
            }
        }
    }
}
