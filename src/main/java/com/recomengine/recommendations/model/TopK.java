package com.recomengine.recommendations.model;

/**
 * The k best (id, score) pairs offered, by a bounded min-heap. Ties prefer the smaller id, so results do not
 * depend on the order of offers. Reusable after {@link #clear()}.
 */
final class TopK {

    private final int capacity;
    private final int[] ids;
    private final float[] scores;
    private int size;

    TopK(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.ids = new int[capacity];
        this.scores = new float[capacity];
    }

    void offer(int id, float score) {
        if (size < capacity) {
            ids[size] = id;
            scores[size] = score;
            siftUp(size++);
        } else if (worse(ids[0], scores[0], id, score)) {
            ids[0] = id;
            scores[0] = score;
            siftDown(0);
        }
    }

    int size() {
        return size;
    }

    /** True when a pair with this score could still enter: the heap is not full or its worst scores lower. */
    boolean accepts(float score) {
        return size < capacity || score >= scores[0];
    }

    /** Empties the heap into the arrays, best first; returns how many pairs there were. */
    int drainBestFirst(int[] outIds, float[] outScores) {
        int count = size;
        for (int i = count - 1; i >= 0; i--) {
            outIds[i] = ids[0];
            outScores[i] = scores[0];
            size--;
            ids[0] = ids[size];
            scores[0] = scores[size];
            siftDown(0);
        }
        return count;
    }

    void clear() {
        size = 0;
    }

    /** Whether pair a ranks below pair b. */
    private static boolean worse(int idA, float scoreA, int idB, float scoreB) {
        return scoreA < scoreB || (scoreA == scoreB && idA > idB);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(ids[i], scores[i], ids[parent], scores[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && worse(ids[child + 1], scores[child + 1], ids[child], scores[child])) {
                child++;
            }
            if (!worse(ids[child], scores[child], ids[i], scores[i])) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void swap(int a, int b) {
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        float score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
