package com.recomengine.catalog.internal;

import java.util.List;
import java.util.Map;

/**
 * Why a batch item was not written or deleted, told from the versions: repeated or superseded in the request, the
 * same version already stored, a newer one stored, or nothing live to delete.
 */
final class StoredVersions {

    private StoredVersions() {}

    /** An item of the request lost to a later one of the same id ({@code winner}). */
    static void superseded(BatchTally tally, ProductDraft[] drafts, int loser, int winner) {
        String id = drafts[loser].productId();
        if (drafts[loser].version() == drafts[winner].version()) {
            tally.duplicate(loser, id, "superseded by index " + winner + " of this request");
        } else {
            tally.stale(loser, id, "index " + winner + " of this request has a newer dataVersion");
        }
    }

    /** The winners the upsert did not write: their version, or a newer one, is stored. */
    static void notWritten(
            BatchTally tally,
            ProductDraft[] drafts,
            Map<String, Integer> winners,
            List<String> unwritten,
            Map<String, ProductStore.Stored> stored) {
        for (String id : unwritten) {
            int index = winners.get(id);
            ProductStore.Stored s = stored.get(id);
            long offered = drafts[index].version();
            if (s != null && s.dataVersion() == offered) {
                tally.duplicate(
                        index,
                        id,
                        "dataVersion " + offered + " is already stored" + (s.deleted() ? " (as deleted)" : ""));
            } else {
                tally.stale(
                        index,
                        id,
                        "dataVersion " + (s == null ? "?" : s.dataVersion()) + " is stored"
                                + (s != null && s.deleted() ? " (as deleted)" : "") + ", newer than " + offered);
            }
        }
    }

    /** The ids a batch delete did not delete: absent, already deleted, or stored at a version not older. */
    static void notDeleted(
            BatchTally tally,
            Map<String, Integer> wanted,
            List<String> missed,
            Map<String, ProductStore.Stored> stored,
            long version) {
        for (String id : missed) {
            ProductStore.Stored s = stored.get(id);
            if (s == null || s.deleted()) {
                tally.notFound(wanted.get(id), id, s == null ? "no such product" : "already deleted");
            } else {
                tally.stale(
                        wanted.get(id), id, "dataVersion " + s.dataVersion() + " is stored, not older than " + version);
            }
        }
    }
}
