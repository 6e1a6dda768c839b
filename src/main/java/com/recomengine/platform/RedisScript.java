package com.recomengine.platform;

/**
 * A Lua script and the kind of answer it returns: {@link #text} (a bulk string), {@link #number} (an integer) or
 * {@link #status} (a status reply such as {@code OK}). Every key it touches is passed in {@code KEYS}.
 */
public record RedisScript<T>(String source, Answer answer) {

    public enum Answer {
        TEXT,
        NUMBER,
        STATUS
    }

    public static RedisScript<String> text(String source) {
        return new RedisScript<>(source, Answer.TEXT);
    }

    public static RedisScript<Long> number(String source) {
        return new RedisScript<>(source, Answer.NUMBER);
    }

    public static RedisScript<String> status(String source) {
        return new RedisScript<>(source, Answer.STATUS);
    }
}
