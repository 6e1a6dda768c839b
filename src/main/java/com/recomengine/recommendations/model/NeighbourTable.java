package com.recomengine.recommendations.model;

import java.util.Arrays;

/**
 * For each item, its neighbours with a weight, strongest first: "who bought i is likely to want j with weight w".
 * Scoring a user sums the rows of the items in their history ({@link Recommender}); the row of an anchor product
 * answers "similar to" / "bought with". Flat arrays (CSR), so a table of a few hundred thousand rows costs a few
 * megabytes and is immutable once built.
 *
 * <p>To persist it, walk {@link #forEach(EntryVisitor)}; to load it back, feed the rows to a {@link #builder}.
 */
public final class NeighbourTable implements ItemModel {

    private final String strategy;
    private final IdDictionary items;
    private final int[] start;
    private final int[] neighbour;
    private final float[] weight;

    private NeighbourTable(String strategy, IdDictionary items, int[] start, int[] neighbour, float[] weight) {
        this.strategy = strategy;
        this.items = items;
        this.start = start;
        this.neighbour = neighbour;
        this.weight = weight;
    }

    public static Builder builder(String strategy, IdDictionary items) {
        return new Builder(strategy, items);
    }

    /**
     * A table from its own arrays as an earlier table laid them out (item {@code i}'s neighbours at {@code
     * start[i]} to {@code start[i + 1]}, strongest first): what a stored table is read back as, without sorting
     * again. The arrays are checked for shape, not order.
     */
    public static NeighbourTable ofRows(
            String strategy, IdDictionary items, int[] start, int[] neighbour, float[] weight) {
        if (start.length != items.size() + 1
                || start[0] != 0
                || start[items.size()] != neighbour.length
                || neighbour.length != weight.length) {
            throw new IllegalArgumentException("rows of " + strategy + " do not fit " + items.size() + " items");
        }
        for (int i = 0; i < items.size(); i++) {
            if (start[i + 1] < start[i]) {
                throw new IllegalArgumentException("rows of " + strategy + " out of order at item " + i);
            }
        }
        for (int n : neighbour) {
            if (n < 0 || n >= items.size()) {
                throw new IllegalArgumentException("neighbour index out of range in " + strategy + ": " + n);
            }
        }
        return new NeighbourTable(strategy, items, start, neighbour, weight);
    }

    @Override
    public String strategy() {
        return strategy;
    }

    @Override
    public IdDictionary items() {
        return items;
    }

    /** The number of neighbours of {@code item} (0 for an item the table does not know). */
    public int count(int item) {
        return item < 0 || item >= start.length - 1 ? 0 : start[item + 1] - start[item];
    }

    /** The neighbour of {@code item} at {@code rank} (0 = strongest). */
    public int neighbour(int item, int rank) {
        return neighbour[start[item] + rank];
    }

    public float weight(int item, int rank) {
        return weight[start[item] + rank];
    }

    /** The number of (item, neighbour) entries. */
    public int entries() {
        return neighbour.length;
    }

    public void forEach(EntryVisitor visitor) {
        for (int item = 0; item < start.length - 1; item++) {
            for (int e = start[item]; e < start[item + 1]; e++) {
                visitor.visit(item, e - start[item], neighbour[e], weight[e]);
            }
        }
    }

    @FunctionalInterface
    public interface EntryVisitor {
        void visit(int item, int rank, int neighbour, float weight);
    }

    // package-private row access for the scorer's inner loop
    int rowStart(int item) {
        return start[item];
    }

    int rowEnd(int item) {
        return start[item + 1];
    }

    int[] neighbours() {
        return neighbour;
    }

    float[] weights() {
        return weight;
    }

    /**
     * Collects (item, neighbour, weight) entries in any order. A repeated pair keeps its largest weight; an entry
     * of an item with itself, or with a weight that is not positive, is dropped; each row keeps at most
     * {@code maxPerItem} entries.
     */
    public static final class Builder {

        private final String strategy;
        private final IdDictionary items;
        private int size;
        private int[] item = new int[1024];
        private int[] neighbour = new int[1024];
        private float[] weight = new float[1024];

        private Builder(String strategy, IdDictionary items) {
            this.strategy = strategy;
            this.items = items;
        }

        public synchronized Builder add(int fromItem, int toItem, float w) {
            if (fromItem == toItem || !(w > 0)) {
                return this;
            }
            if (fromItem < 0 || toItem < 0 || fromItem >= items.size() || toItem >= items.size()) {
                throw new IllegalArgumentException("item index out of range: " + fromItem + " → " + toItem);
            }
            if (size == item.length) {
                item = Arrays.copyOf(item, size * 2);
                neighbour = Arrays.copyOf(neighbour, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
            }
            item[size] = fromItem;
            neighbour[size] = toItem;
            weight[size] = w;
            size++;
            return this;
        }

        public NeighbourTable build() {
            return build(Integer.MAX_VALUE);
        }

        public synchronized NeighbourTable build(int maxPerItem) {
            int rows = items.size();
            int[] start = new int[rows + 1];
            for (int e = 0; e < size; e++) {
                start[item[e] + 1]++;
            }
            for (int r = 0; r < rows; r++) {
                start[r + 1] += start[r];
            }
            int[] order = new int[size];
            int[] next = Arrays.copyOf(start, rows);
            for (int e = 0; e < size; e++) {
                order[next[item[e]]++] = e;
            }
            int[] outStart = new int[rows + 1];
            int[] outNeighbour = new int[size];
            float[] outWeight = new float[size];
            int out = 0;
            for (int r = 0; r < rows; r++) {
                out = writeRow(order, start[r], start[r + 1], maxPerItem, outNeighbour, outWeight, out);
                outStart[r + 1] = out;
            }
            return new NeighbourTable(
                    strategy, items, outStart, Arrays.copyOf(outNeighbour, out), Arrays.copyOf(outWeight, out));
        }

        /**
         * Sorts one row strongest first (ties by neighbour index), drops repeats, keeps the best few. Weights are
         * positive, so their float bits order as they do: rows sort as packed longs, without boxing.
         */
        private int writeRow(
                int[] order, int from, int to, int maxPerItem, int[] outNeighbour, float[] outWeight, int out) {
            long[] byNeighbour = new long[to - from];
            for (int k = from; k < to; k++) {
                int e = order[k];
                byNeighbour[k - from] = ((long) neighbour[e] << 32) | (Integer.MAX_VALUE - bits(weight[e]));
            }
            Arrays.sort(byNeighbour);
            long[] byWeight = new long[byNeighbour.length];
            int distinct = 0;
            for (int k = 0; k < byNeighbour.length; k++) {
                if (k == 0 || (byNeighbour[k] >>> 32) != (byNeighbour[k - 1] >>> 32)) {
                    byWeight[distinct++] = ((byNeighbour[k] & 0xFFFF_FFFFL) << 32) | (byNeighbour[k] >>> 32);
                }
            }
            Arrays.sort(byWeight, 0, distinct);
            int kept = Math.min(distinct, maxPerItem);
            for (int k = 0; k < kept; k++) {
                outNeighbour[out] = (int) byWeight[k];
                outWeight[out] = Float.intBitsToFloat(Integer.MAX_VALUE - (int) (byWeight[k] >>> 32));
                out++;
            }
            return out;
        }

        private static int bits(float positive) {
            return Float.floatToIntBits(positive);
        }
    }
}
