package com.recomengine.analytics.internal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL cannot estimate how many events a JSON metadata filter keeps, nor how many rows a CTE holds, and with
 * its default guesses (a handful) it picks nested loops that compare every purchase with every click: seconds to
 * minutes where a hash join takes milliseconds. The aggregation queries therefore run with nested loops off, for
 * their own transaction only ({@code SET LOCAL}).
 */
final class HashJoins {

    private HashJoins() {}

    /** Call inside a transaction, before the query. */
    static void only(JdbcTemplate jdbc) {
        jdbc.execute("SET LOCAL enable_nestloop = off");
    }
}
