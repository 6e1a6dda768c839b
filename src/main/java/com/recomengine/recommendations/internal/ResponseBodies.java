package com.recomengine.recommendations.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recomengine.recommendations.RecommendedItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a served answer says about itself: its recommendation id, under which it can be scrolled on ({@link
 * Scrolls}), and its response body. An answer gets its id, and its scroll is remembered, once: the requests a cached
 * answer serves share them (the same query), rather than each hit writing a scroll to memory and Redis. Those
 * requests mostly get the same body too (the same id, strategy, placement and cache layer), so it is written once
 * and kept beside the id until the meta differs. Both live as long as the answer object (weak keys compare by
 * identity), at most {@value Scrolls#MINUTES} minutes.
 */
@Component
@RequiredArgsConstructor
class ResponseBodies {

    private final Scrolls scrolls;
    private final Cache<Answer, Remembered> remembered = Caffeine.newBuilder()
            .weakKeys()
            .expireAfterWrite(Duration.ofMinutes(Scrolls.MINUTES))
            .build();

    AnswerJson.Meta meta(RecommendationEngine.Served served, @Nullable String placementId) {
        return served.meta(of(served).id, placementId);
    }

    byte[] body(RecommendationEngine.Served served, @Nullable String placementId) {
        Remembered known = of(served);
        AnswerJson.Meta meta = served.meta(known.id, placementId);
        Remembered.Body last = known.body;
        if (last != null && last.meta().equals(meta)) {
            return last.bytes();
        }
        byte[] bytes = AnswerJson.response(served.data(), meta);
        known.body = new Remembered.Body(meta, bytes);
        return bytes;
    }

    private Remembered of(RecommendationEngine.Served served) {
        return remembered.get(served.answer(), answer -> {
            String fresh = AnswerJson.newRecommendationId();
            scrolls.remember(fresh, served.query(), ids(answer.items()));
            return new Remembered(fresh);
        });
    }

    static List<String> ids(List<RecommendedItem> items) {
        List<String> ids = new ArrayList<>(items.size());
        items.forEach(item -> ids.add(item.productId()));
        return ids;
    }

    /** An answer's recommendation id and the last body written for it (a race only writes a body twice). */
    private static final class Remembered {
        final String id;
        volatile Remembered.@Nullable Body body;

        Remembered(String id) {
            this.id = id;
        }

        record Body(AnswerJson.Meta meta, byte[] bytes) {}
    }
}
