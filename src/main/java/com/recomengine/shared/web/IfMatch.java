package com.recomengine.shared.web;

import com.recomengine.shared.problem.Problems;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code If-Match} precondition of a write (RFC 9110 §13.1.1) on a resource whose strong ETag is its version
 * ({@link Versioned#etag(long)}). Absent, it asks nothing; {@code *} asks that the resource exist; a list of entity
 * tags asks that the current one be among them, compared strongly: a weak tag ({@code W/"3"}) never matches. The
 * service checks it against the version it is about to write over, and the write itself is guarded by that version.
 */
public final class IfMatch {

    /** No {@code If-Match} header: the write goes ahead as without preconditions. */
    public static final IfMatch NONE = new IfMatch(false, false, Set.of());

    private static final IfMatch ANY = new IfMatch(true, true, Set.of());

    /** One member of the list: an entity tag (RFC 9110 §8.8.3), then a comma or the end. */
    private static final Pattern MEMBER =
            Pattern.compile("[ \\t]*(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"[ \\t]*(?:,|$)");

    private final boolean present;
    private final boolean any;
    private final Set<String> strongTags;

    private IfMatch(boolean present, boolean any, Set<String> strongTags) {
        this.present = present;
        this.any = any;
        this.strongTags = strongTags;
    }

    /** The header as sent; a 400 problem when it is neither {@code *} nor a list of quoted entity tags. */
    public static IfMatch parse(@Nullable String header) {
        if (header == null) {
            return NONE;
        }
        if (header.strip().equals("*")) {
            return ANY;
        }
        Set<String> strong = new HashSet<>();
        Matcher member = MEMBER.matcher(header);
        int at = 0;
        do {
            member.region(at, header.length());
            if (!member.lookingAt()) {
                throw Problems.invalid("If-Match", "must be * or entity tags in quotes, like \"3\"");
            }
            if (member.group(1) == null) {
                strong.add("\"" + member.group(2) + "\"");
            }
            at = member.end();
        } while (at < header.length());
        return new IfMatch(true, false, Set.copyOf(strong));
    }

    public boolean present() {
        return present;
    }

    /** Whether a write over the resource at this version may go ahead. */
    public boolean matches(long version) {
        return !present || any || strongTags.contains(Versioned.etag(version));
    }

    /** A 412 problem naming the current ETag unless the precondition holds for the resource at this version. */
    public void require(long currentVersion) {
        if (!matches(currentVersion)) {
            throw Problems.preconditionFailed(Versioned.etag(currentVersion));
        }
    }

    /** For a resource that does not exist: any {@code If-Match}, {@code *} included, fails with 412. */
    public void requireNone() {
        if (present) {
            throw Problems.preconditionFailed(null);
        }
    }
}
