package com.recomengine.recommendations.internal;

import com.recomengine.recommendations.model.IdDictionary;
import com.recomengine.recommendations.model.ItemModel;
import com.recomengine.recommendations.model.NeighbourTable;
import com.recomengine.recommendations.model.RankedItems;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One generation's models as one value, so that a tenant's models load with one query: the item dictionary, each
 * neighbour table as its own arrays (row starts, neighbours, weights: read back without sorting again) and each
 * ranked list (items and scores, best first), big-endian, in a versioned layout. A strategy this version does not
 * know is skipped on reading.
 */
final class ModelPacking {

    private static final int VERSION = 1;

    private ModelPacking() {}

    static byte[] pack(ModelSet models) {
        IdDictionary items = models.items();
        List<byte[]> ids = new ArrayList<>(items.size());
        long size = 4 + 4 + 4 + 4;
        for (int i = 0; i < items.size(); i++) {
            byte[] id = items.id(i).getBytes(StandardCharsets.UTF_8);
            ids.add(id);
            size += 4 + id.length;
        }
        List<Strategy> tables = new ArrayList<>();
        List<Strategy> lists = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            if (models.neighbours(strategy) != null) {
                tables.add(strategy);
                size += name(strategy).length
                        + 4
                        + 4L * (items.size() + 1)
                        + 8L * models.neighbours(strategy).table().entries();
            }
            if (models.ranked(strategy) != null) {
                lists.add(strategy);
                size += name(strategy).length + 4 + 8L * models.ranked(strategy).size();
            }
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(size));
        out.putInt(VERSION).putInt(items.size());
        for (byte[] id : ids) {
            out.putInt(id.length).put(id);
        }
        out.putInt(tables.size());
        for (Strategy strategy : tables) {
            NeighbourTable table = models.neighbours(strategy).table();
            out.put(name(strategy)).putInt(table.entries());
            int start = 0;
            out.putInt(start);
            for (int item = 0; item < items.size(); item++) {
                start += table.count(item);
                out.putInt(start);
            }
            for (int item = 0; item < items.size(); item++) {
                for (int r = 0; r < table.count(item); r++) {
                    out.putInt(table.neighbour(item, r));
                }
            }
            for (int item = 0; item < items.size(); item++) {
                for (int r = 0; r < table.count(item); r++) {
                    out.putFloat(table.weight(item, r));
                }
            }
        }
        out.putInt(lists.size());
        for (Strategy strategy : lists) {
            RankedItems ranked = models.ranked(strategy);
            out.put(name(strategy)).putInt(ranked.size());
            for (int r = 0; r < ranked.size(); r++) {
                out.putInt(ranked.item(r));
            }
            for (int r = 0; r < ranked.size(); r++) {
                out.putFloat(ranked.score(r));
            }
        }
        return out.array();
    }

    /** A strategy's wire name, length first. */
    private static byte[] name(Strategy strategy) {
        byte[] name = strategy.wireName().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + name.length)
                .putInt(name.length)
                .put(name)
                .array();
    }

    static ModelSet unpack(long generation, Instant asOf, byte[] packed) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        int version = in.getInt();
        if (version != VERSION) {
            throw new IllegalStateException("packed models of layout " + version + ", this version reads " + VERSION);
        }
        int size = in.getInt();
        List<String> ids = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ids.add(text(in));
        }
        IdDictionary items = IdDictionary.of(ids);
        Map<Strategy, ItemModel> models = new EnumMap<>(Strategy.class);
        int tables = in.getInt();
        for (int t = 0; t < tables; t++) {
            Strategy strategy = Strategy.fromWire(text(in)).orElse(null);
            int entries = in.getInt();
            int[] start = ints(in, size + 1);
            int[] neighbours = ints(in, entries);
            float[] weights = floats(in, entries);
            if (strategy != null) {
                models.put(strategy, NeighbourTable.ofRows(strategy.wireName(), items, start, neighbours, weights));
            }
        }
        int lists = in.getInt();
        for (int l = 0; l < lists; l++) {
            Strategy strategy = Strategy.fromWire(text(in)).orElse(null);
            int length = in.getInt();
            int[] ranked = ints(in, length);
            float[] scores = floats(in, length);
            if (strategy != null) {
                double[] scoreByItem = new double[size];
                for (int r = 0; r < length; r++) {
                    scoreByItem[ranked[r]] = scores[r];
                }
                models.put(strategy, RankedItems.of(strategy.wireName(), items, scoreByItem));
            }
        }
        return new ModelSet(generation, asOf, items, models);
    }

    private static String text(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static int[] ints(ByteBuffer in, int count) {
        int[] values = new int[count];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * count);
        return values;
    }

    private static float[] floats(ByteBuffer in, int count) {
        float[] values = new float[count];
        in.asFloatBuffer().get(values);
        in.position(in.position() + 4 * count);
        return values;
    }
}
