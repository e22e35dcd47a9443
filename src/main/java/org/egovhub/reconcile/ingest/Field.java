package org.egovhub.reconcile.ingest;

import java.util.List;

/** The columns of a case ledger, with the Chinese header names accepted out of the box. */
public enum Field {
    CASE_NUMBER("办件编号"),
    ITEM_CODE("事项编码"),
    ITEM_NAME("事项名称"),
    DEPARTMENT("实施机构"),
    APPLICANT("申请人"),
    ACCEPTED("受理时间"),
    FINISHED("办结时间"),
    /** When the online record was entered; online side only. */
    ENTERED("录入时间");

    private final String header;

    Field(String header) {
        this.header = header;
    }

    /** The standard Chinese header, also the name used in rejection reasons. */
    public String header() {
        return header;
    }

    /** The default header names: the standard one. */
    public List<String> defaultHeaders() {
        return List.of(header);
    }
}
