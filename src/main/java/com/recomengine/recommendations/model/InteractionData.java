package com.recomengine.recommendations.model;

import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's training data for one model build, column by column: who (user index) did what (type) to which
 * product (item index), when, and in which basket (order or session, -1 when none); plus what the catalog says
 * about each item, and the instant the build looks from ({@link #asOf()}: ages and time windows are measured
 * back from it). Items may have content and no interactions (new products) or the reverse.
 */
public final class InteractionData {

    private final Instant asOf;
    private final IdDictionary users;
    private final IdDictionary items;
    private final IdDictionary baskets;
    private final int size;
    private final int[] user;
    private final int[] item;
    private final int[] basket;
    private final byte[] type;
    private final long[] time;
    private final @Nullable ItemContent[] content;

    private InteractionData(Builder builder) {
        this.asOf = builder.asOf;
        this.users = builder.users;
        this.items = builder.items;
        this.baskets = builder.baskets;
        this.size = builder.size;
        this.user = Arrays.copyOf(builder.user, size);
        this.item = Arrays.copyOf(builder.item, size);
        this.basket = Arrays.copyOf(builder.basket, size);
        this.type = Arrays.copyOf(builder.type, size);
        this.time = Arrays.copyOf(builder.time, size);
        this.content = Arrays.copyOf(builder.content, items.size());
    }

    public static Builder builder(Instant asOf) {
        return new Builder(asOf);
    }

    public Instant asOf() {
        return asOf;
    }

    public IdDictionary users() {
        return users;
    }

    public IdDictionary items() {
        return items;
    }

    public IdDictionary baskets() {
        return baskets;
    }

    /** The number of interactions. */
    public int size() {
        return size;
    }

    public int user(int interaction) {
        return user[interaction];
    }

    public int item(int interaction) {
        return item[interaction];
    }

    /** The basket index of the interaction, -1 when it belongs to none. */
    public int basket(int interaction) {
        return basket[interaction];
    }

    public FeedbackType type(int interaction) {
        return FeedbackType.values()[type[interaction]];
    }

    public long epochMillis(int interaction) {
        return time[interaction];
    }

    /** How long before {@link #asOf()} the interaction happened, in milliseconds (negative: after it). */
    public long ageMillis(int interaction) {
        return asOf.toEpochMilli() - time[interaction];
    }

    public @Nullable ItemContent content(int item) {
        return content[item];
    }

    /** Collects interactions and item content; ids become indexes in order of first appearance. */
    public static final class Builder {

        private final Instant asOf;
        private final IdDictionary users = new IdDictionary();
        private final IdDictionary items = new IdDictionary();
        private final IdDictionary baskets = new IdDictionary();
        private int size;
        private int[] user = new int[1024];
        private int[] item = new int[1024];
        private int[] basket = new int[1024];
        private byte[] type = new byte[1024];
        private long[] time = new long[1024];
        private @Nullable ItemContent[] content = new ItemContent[256];

        private Builder(Instant asOf) {
            this.asOf = asOf;
        }

        /** Adds an interaction; {@code basketId} is the order (or session) it belongs to, if any. */
        public Builder add(String userId, String itemId, FeedbackType kind, Instant at, @Nullable String basketId) {
            if (size == user.length) {
                grow();
            }
            user[size] = users.add(userId);
            item[size] = item(itemId);
            basket[size] = basketId == null ? -1 : baskets.add(basketId);
            type[size] = (byte) kind.ordinal();
            time[size] = at.toEpochMilli();
            size++;
            return this;
        }

        /** Registers a product (with or without interactions) and what the catalog says about it. */
        public Builder describe(String itemId, ItemContent description) {
            int index = item(itemId); // first: it may grow the content array, which the assignment must then use
            content[index] = description;
            return this;
        }

        public InteractionData build() {
            return new InteractionData(this);
        }

        private int item(String itemId) {
            int index = items.add(itemId);
            if (index >= content.length) {
                content = Arrays.copyOf(content, content.length * 2);
            }
            return index;
        }

        private void grow() {
            int capacity = user.length * 2;
            user = Arrays.copyOf(user, capacity);
            item = Arrays.copyOf(item, capacity);
            basket = Arrays.copyOf(basket, capacity);
            type = Arrays.copyOf(type, capacity);
            time = Arrays.copyOf(time, capacity);
        }
    }
}
