package com.recomengine.platform.internal.web;

import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NumericNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.databind.node.ValueNode;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written, never coerced (SPEC §6): {@code 1.9} is not an integer, {@code "3"} is not a number,
 * {@code true} is not a string; a key given twice, text after the document, a NUL character, a lone UTF-16
 * surrogate and a number beyond the range of a double ({@code 1e309}) are refused. This holds for request bodies
 * bound to records and for those read as trees alike (the tree's node factory checks each value). A document
 * nested too deep, with too long a text, key or number, or with too many tokens is refused while it is read, before
 * it costs memory ({@link JsonCaps}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonFactoryBuilderCustomizer jsonReadCaps() {
        return factory -> factory.streamReadConstraints(JsonCaps.constraints());
    }

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(
                        LogicalType.Textual,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .nodeFactory(new CheckedNodes())
                .addModule(new SimpleModule("strict-text").addDeserializer(String.class, new CheckedString()));
    }

    /** Why a string cannot be stored, or null when it can: PostgreSQL keeps neither NUL nor lone surrogates. */
    static String unsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain a lone surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain a lone surrogate";
            }
        }
        return null;
    }

    /** Thrown while a body is read as a tree; its message names what is wrong. */
    static final class UnsafeValue extends JacksonException {
        UnsafeValue(String message) {
            super(message);
        }
    }

    /** Strings without NUL or lone surrogates, and strings only from JSON strings. */
    static final class CheckedString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING
                    && p.currentToken() != null
                    && p.currentToken().isScalarValue()) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = super.deserialize(p, ctxt);
            String problem = text == null ? null : unsafe(text);
            if (problem != null) {
                throw ctxt.weirdStringException(text, String.class, problem);
            }
            return text;
        }
    }

    /** Tree values under the same rules: no NUL, no lone surrogates, no infinite numbers. */
    static final class CheckedNodes extends JsonNodeFactory {

        @Override
        public StringNode stringNode(String text) {
            String problem = text == null ? null : unsafe(text);
            if (problem != null) {
                throw new UnsafeValue("A text value " + problem + ".");
            }
            return super.stringNode(text);
        }

        @Override
        public NumericNode numberNode(double v) {
            return super.numberNode(finite(v));
        }

        @Override
        public ValueNode numberNode(Double v) {
            return super.numberNode(v == null ? null : finite(v));
        }

        @Override
        public NumericNode numberNode(float v) {
            return super.numberNode((float) finite(v));
        }

        @Override
        public ValueNode numberNode(BigDecimal v) {
            if (v != null && v.abs().compareTo(LARGEST) > 0) {
                throw new UnsafeValue("A number is out of range.");
            }
            return super.numberNode(v);
        }

        private static final BigDecimal LARGEST = new BigDecimal(Double.MAX_VALUE);

        private static double finite(double v) {
            if (!Double.isFinite(v)) {
                throw new UnsafeValue("A number is out of range.");
            }
            return v;
        }
    }
}
