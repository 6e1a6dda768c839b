package com.recomengine.widgets.internal;

import com.recomengine.recommendations.RecommendationRequest;
import com.recomengine.recommendations.RecommendationResult;
import com.recomengine.recommendations.Recommendations;
import com.recomengine.recommendations.RecommendedItem;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.WidgetTheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Draws a widget: asks the recommendation engine for the placement's items ({@code maxItems} of them; the engine
 * picks the strategy from a running experiment, a promoted winner, the widget's strategy or the tenant's default)
 * and lays them out as an SDUI document. Items the document could not carry (an id with control characters) are
 * left out; long names and reasons are cut to the schema's lengths.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WidgetRenderer {

    private static final Pattern ID = Pattern.compile("[^\\x00-\\x1f\\x7f]{1,256}");

    private final ObjectProvider<Recommendations> recommendations;

    public SduiDocument render(TenantId tenant, WidgetSpec widget, RenderRequest request) {
        Recommendations engine = recommendations.getIfAvailable();
        if (engine == null) {
            throw Problems.unavailable("Recommendations are not available yet; retry shortly.");
        }
        RecommendationResult result = engine.recommend(new RecommendationRequest(
                tenant,
                request.userId(),
                request.assignmentId(),
                request.productId(),
                widget.placementId(),
                null,
                widget.maxItems(),
                null,
                null,
                null));
        String recommendationId =
                Objects.requireNonNull(Texts.cut(result.recommendationId(), 256), "recommendation id");
        CardLinks links = CardLinks.of(request.originHeader(), request.requestOrigin());
        Locale locale = widget.locale() != null ? Locale.forLanguageTag(widget.locale()) : request.shopperLocale();
        List<SduiDocument.Card> cards = new ArrayList<>();
        for (RecommendedItem item : result.items()) {
            if (cards.size() == widget.maxItems()) {
                break;
            }
            if (ID.matcher(item.productId()).matches()) {
                cards.add(card(item, cards.size(), recommendationId, widget, links, locale));
            }
        }
        var root = new SduiDocument.Container(
                "container",
                widget.layout().wireName(),
                widget.columns(),
                widget.title(),
                new SduiDocument.Style(tokens(widget.theme())),
                List.copyOf(cards));
        String strategy = Texts.cut(result.strategy(), 64);
        return new SduiDocument(
                SduiDocument.SCHEMA_VERSION,
                widget.placementId(),
                recommendationId,
                strategy == null ? "unknown" : strategy,
                Texts.cut(result.variant(), 64),
                result.experimentId() == null ? null : result.experimentId().toString(),
                root);
    }

    private static SduiDocument.Card card(
            RecommendedItem item,
            int position,
            String recommendationId,
            WidgetSpec widget,
            CardLinks links,
            Locale locale) {
        String url = links.absolute(item.url());
        if (url == null) {
            url = links.fromTemplate(widget.productUrlTemplate(), item.productId());
        }
        String cut = Texts.cut(item.name(), 300);
        String title = cut == null ? item.productId() : cut;
        SduiDocument.Cta cta = widget.ctaText() == null || url == null
                ? null
                : new SduiDocument.Cta(widget.ctaText(), new SduiDocument.Action("navigate", url));
        return new SduiDocument.Card(
                "card",
                item.productId(),
                title,
                links.absolute(item.imageUrl()),
                url,
                widget.showPrice() ? Prices.of(item.price(), item.currency(), locale) : null,
                Texts.cut(item.reason(), 60),
                cta,
                FallbackTiles.of(item.productId(), title),
                new SduiDocument.Tracking(position, recommendationId));
    }

    private static SduiDocument.Tokens tokens(WidgetTheme t) {
        return new SduiDocument.Tokens(
                t.background(),
                t.surface(),
                t.text(),
                t.mutedText(),
                t.accent(),
                t.accentText(),
                t.border(),
                t.font(),
                t.radius());
    }
}
