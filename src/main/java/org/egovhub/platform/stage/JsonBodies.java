package org.egovhub.platform.stage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.TypeConversionException;
import org.apache.camel.support.TypeConverterSupport;

/**
 * Reads a queue message's JSON text into the typed body a stage bean declares (a record of the hub's
 * own, in {@code org.egovhub}), with the hub's one {@code ObjectMapper}: the route files need no
 * {@code unmarshal} step, and the send step writes such bodies back as JSON. Registered as a Camel
 * fallback type converter at start.
 */
final class JsonBodies extends TypeConverterSupport {

    private final ObjectMapper json;

    JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public <T> T convertTo(Class<T> type, Exchange exchange, Object value) throws TypeConversionException {
        if (!type.isRecord() || !type.getName().startsWith("org.egovhub.") || !(value instanceof String || value instanceof byte[])) {
            return null;
        }
        try {
            return value instanceof String text ? json.readValue(text, type) : json.readValue((byte[]) value, type);
        } catch (IOException e) {
            throw new TypeConversionException(value, type, e);
        }
    }
}
