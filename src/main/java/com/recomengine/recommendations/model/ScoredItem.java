package com.recomengine.recommendations.model;

/**
 * One recommended item (an index into the model's item dictionary) with its score, and the history item that
 * contributed most to it ({@code because}, -1 when the list is not personal): the "Because you viewed …" of
 * its reason.
 */
public record ScoredItem(int item, float score, int because) {

    public boolean hasBecause() {
        return because >= 0;
    }
}
