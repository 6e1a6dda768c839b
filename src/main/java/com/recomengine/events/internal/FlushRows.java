package com.recomengine.events.internal;

import com.recomengine.events.internal.IncomingInteraction.RowKey;
import com.recomengine.platform.DatabaseCircuit;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.TransientDataAccessException;

/** The rows of one flush: which to insert and in what order, by tenant, and what a failure to store them says. */
final class FlushRows {

    private static final Comparator<IncomingInteraction> IN_KEY_ORDER = Comparator.comparing(
                    (IncomingInteraction row) -> row.tenant().value())
            .thenComparing((IncomingInteraction row) -> row.event().timestamp())
            .thenComparing(IncomingInteraction::dedupKey);

    private FlushRows() {}

    /**
     * The rows of {@code group} not known to be stored, each key once, in one total order for every flush: two
     * writers inserting overlapping keys then wait on each other in the same order instead of deadlocking on the
     * primary key.
     */
    static List<IncomingInteraction> toInsert(
            List<GroupCommitWriter.Submission> group, Set<IncomingInteraction> stored) {
        Map<RowKey, IncomingInteraction> unique = new HashMap<>();
        for (GroupCommitWriter.Submission submission : group) {
            for (IncomingInteraction row : submission.rows()) {
                if (!stored.contains(row)) {
                    unique.putIfAbsent(row.rowKey(), row);
                }
            }
        }
        List<IncomingInteraction> rows = new ArrayList<>(unique.values());
        rows.sort(IN_KEY_ORDER);
        return rows;
    }

    /** Consecutive runs of one tenant's rows ({@code rows} are in key order, tenant first). */
    static List<List<IncomingInteraction>> byTenant(List<IncomingInteraction> rows) {
        List<List<IncomingInteraction>> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !rows.get(i).tenant().equals(rows.get(start).tenant())) {
                runs.add(rows.subList(start, i));
                start = i;
            }
        }
        return runs;
    }

    /** A failure of PostgreSQL itself (unreachable, or a transient conflict), not of one request's rows. */
    static boolean notTheRows(Throwable e) {
        if (DatabaseCircuit.unreachable(e)) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
