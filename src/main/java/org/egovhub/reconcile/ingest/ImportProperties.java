package org.egovhub.reconcile.ingest;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ledgers are read, under {@code hub.reconcile.import.}.
 *
 * @param headers header names per field ({@code case-number}, {@code item-code}, {@code item-name},
 *     {@code department}, {@code applicant}, {@code accepted}, {@code finished}, {@code entered}); a
 *     field not given keeps its Chinese default (办件编号, 事项编码, 事项名称, 实施机构, 申请人, 受理时间, 办结时间, 录入时间)
 */
@ConfigurationProperties(prefix = "hub.reconcile.import", ignoreUnknownFields = false)
public record ImportProperties(@DefaultValue Map<Field, List<String>> headers) {

    public ImportProperties {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** The header names to read with. */
    public HeaderNames headerNames() {
        return HeaderNames.of(headers);
    }
}
