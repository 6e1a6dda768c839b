package com.recomengine.shared;

/**
 * The rule for the merchant's own ids ({@code productId}, {@code userId}, session and order ids, idempotency keys):
 * 1 to 256 characters, no control characters, not only spaces (SPEC §4b). One rule, so that an id the catalog takes
 * is one the events and the recommendations take too.
 */
public final class MerchantIds {

    public static final int MAX_LENGTH = 256;

    private MerchantIds() {}

    public static boolean isValid(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.isBlank()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
