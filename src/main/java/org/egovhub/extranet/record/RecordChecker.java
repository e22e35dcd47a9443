package org.egovhub.extranet.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.egovhub.platform.checks.CreditCodePolicy;
import org.hibernate.validator.HibernateValidator;

/**
 * Checks records of every kind and gives them their stable id.
 *
 * <pre>
 * checker.check(RecordKind.LICENCE, json).stableId() = "11430406MB1234567X:雁市监许〔2024〕12号"
 * </pre>
 */
public class RecordChecker {

    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Validator validator;
    private final CreditCodePolicy policy;
    private final SecretKeySpec hmacKey;

    /** The HMAC key is kept only as a key spec: it never appears in a log or a toString. */
    public RecordChecker(CreditCodePolicy policy, String hmacKey) {
        this.policy = policy;
        this.hmacKey = new SecretKeySpec(hmacKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.validator = Validation.byProvider(HibernateValidator.class).configure().constraintValidatorPayload(policy)
                .buildValidatorFactory().getValidator();
    }

    /** Checks one record given as a JSON object. */
    public CheckedRecord check(RecordKind kind, JsonNode node) {
        String text = node.toString();
        if (!node.isObject()) {
            return refused(kind, text, List.of(new Violation("(record)", null, "must be a JSON object")));
        }
        Object record;
        try {
            record = json.treeToValue(node, kind.type());
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "(record)" : e.getPath().get(0).getFieldName();
            return refused(kind, text, List.of(new Violation(field, null, "must be text, a number or a date")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return refused(kind, text, List.of(new Violation("(record)", null, "unreadable record")));
        }
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(record)) {
            String field = FieldNames.of(kind.type(), leaf(v.getPropertyPath()));
            violations.add(new Violation(field, MaskedValues.of(field, node.path(field).asText(null)), v.getMessage()));
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::rule));
            return refused(kind, text, violations);
        }
        if (record instanceof Licence l) {
            return new CheckedRecord(kind, text, l.authorityCreditCode().trim() + ":" + l.documentNumberOrLicenceNumber(),
                    l.decisionDate(), List.of(), warnings(l, l.statusWarning()));
        }
        if (record instanceof Penalty p) {
            return new CheckedRecord(kind, text, p.authorityCreditCode().trim() + ":" + p.decisionNumber(),
                    p.decisionDate(), List.of(), warnings(p, p.categoryWarning()));
        }
        return new CheckedRecord(kind, text, hmac(((PersonRecord) record).identity()), null, List.of(), List.of());
    }

    private List<String> warnings(CreditRecord record, String valueListWarning) {
        List<String> warnings = new ArrayList<>();
        record.creditCodes().forEach((field, code) -> policy.warnings(code).forEach(w -> warnings.add(field + ": " + w)));
        if (valueListWarning != null) {
            warnings.add(valueListWarning);
        }
        return warnings;
    }

    private String hmac(String identity) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return HexFormat.of().formatHex(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static CheckedRecord refused(RecordKind kind, String text, List<Violation> violations) {
        return new CheckedRecord(kind, text, null, null, List.copyOf(violations), List.of());
    }
}
