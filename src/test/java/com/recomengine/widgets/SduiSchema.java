package com.recomengine.widgets;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The SDUI contract, {@code sdk-js/sdui.schema.json} (JSON Schema 2020-12), as a validator. */
public final class SduiSchema {

    private static final Schema SCHEMA = load();

    private SduiSchema() {}

    /** The violations of the document, as readable lines; empty when it is a valid SDUI document. */
    public static List<String> violations(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    private static Schema load() {
        try {
            String schema = Files.readString(Path.of("sdk-js/sdui.schema.json"));
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schema, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
