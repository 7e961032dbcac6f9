package cn.dalian.laborbrand.platform.starter.input;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import cn.dalian.laborbrand.platform.validation.AcceptableText;

/**
 * How a service reads a JSON request: a value is what its JSON says or it is refused. No coercion (a number is not
 * an enum, {@code 1} or {@code "true"} is not a boolean, {@code 12.7} is not an integer, {@code 12} is not a text),
 * no duplicate key (the last one would win), no unknown property (a typo would be dropped silently), no null for a
 * primitive, nothing after the document; every text held to {@link AcceptableText}. Control characters are let
 * through the parser so that the refusal names the field they are in.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** The reading side of Boot's mapper (its modules and the ProblemDetail mix-in kept), made strict. */
    public static JsonMapper forRequests(JsonMapper boot) {
        return boot.rebuild()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> refuse(config, CoercionInputShape.Integer, CoercionInputShape.Float,
                        CoercionInputShape.String))
                .withCoercionConfig(LogicalType.Integer, config -> refuse(config, CoercionInputShape.Float, CoercionInputShape.String,
                        CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Float, config -> refuse(config, CoercionInputShape.String, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Textual, config -> refuse(config, CoercionInputShape.Integer, CoercionInputShape.Float,
                        CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Enum, config -> refuse(config, CoercionInputShape.Integer, CoercionInputShape.Float))
                .addModule(new SimpleModule("laborbrand-acceptable-text").addDeserializer(String.class, new AcceptableTextDeserializer()))
                .build();
    }

    private static void refuse(tools.jackson.databind.cfg.MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Reads a text as Jackson does, then refuses what {@link AcceptableText} refuses anywhere. */
    static final class AcceptableTextDeserializer extends StdScalarDeserializer<String> {

        AcceptableTextDeserializer() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                var refusal = AcceptableText.refusalAnywhere(text);
                if (refusal.isPresent()) {
                    throw new RefusedTextException(parser, refusal.get());
                }
            }
            return text;
        }
    }
}
