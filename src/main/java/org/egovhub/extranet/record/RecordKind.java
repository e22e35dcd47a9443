package org.egovhub.extranet.record;

/** The kinds of record a channel carries, as written in {@code channels.yml}. */
public enum RecordKind {
    /** 民政 person record. */
    PERSON(PersonRecord.class),
    /** 双公示 行政许可. */
    LICENCE(Licence.class),
    /** 双公示 行政处罚. */
    PENALTY(Penalty.class);

    private final Class<?> type;

    RecordKind(Class<?> type) {
        this.type = type;
    }

    Class<?> type() {
        return type;
    }

    /** Every field name records of this kind may carry (aliases included), for checking file headers. */
    public java.util.Set<String> fieldNames() {
        return FieldNames.known(type);
    }

    /** The fields every record of this kind must fill. */
    public java.util.Set<String> mandatoryFieldNames() {
        return FieldNames.mandatory(type);
    }

    /** Whether records of this kind fall under the 7-working-day publication rule. */
    public boolean creditDisclosure() {
        return this != PERSON;
    }
}
