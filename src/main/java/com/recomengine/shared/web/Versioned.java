package com.recomengine.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A single resource as answered together with its version, read in the same transaction: the web edge sends the
 * version as the resource's strong {@code ETag}, which a later write may name in {@code If-Match}.
 */
public record Versioned<T>(T body, long version) {

    /** The strong entity tag of a version: {@code "3"} for version 3. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public String etag() {
        return etag(version);
    }

    /** The answer with this status, the body and its {@code ETag}. */
    public ResponseEntity<T> answer(HttpStatus status) {
        return ResponseEntity.status(status).eTag(etag()).body(body);
    }

    public ResponseEntity<T> ok() {
        return answer(HttpStatus.OK);
    }
}
