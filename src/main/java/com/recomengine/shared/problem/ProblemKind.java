package com.recomengine.shared.problem;

/**
 * What kind of outcome a {@link ProblemException} is, in the domain's words; the web edge alone decides which HTTP
 * status answers each kind.
 */
public enum ProblemKind {
    /** The request itself is wrong: a field, a value, a combination the service refuses. */
    INVALID,
    /** Who is asking is not known: no credentials, or ones that do not hold. */
    UNAUTHENTICATED,
    /** Who is asking is known but may not do this. */
    FORBIDDEN,
    /** What the request names does not exist (or is not the caller's to see). */
    NOT_FOUND,
    /** The resource's current state does not allow the change (a race, a transition, a rule such as the last owner). */
    CONFLICT,
    /** The request's precondition on the resource's version does not hold. */
    PRECONDITION_FAILED,
    /** Well-formed and understood, but not processable as sent (e.g. a key reused for different content). */
    UNPROCESSABLE,
    /** The caller asked too often; retry later. */
    TOO_MANY,
    /** A dependency the service needs is down; retry later. */
    UNAVAILABLE
}
