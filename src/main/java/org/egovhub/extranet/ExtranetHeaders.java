package org.egovhub.extranet;

/** Message headers the extranet routes carry a record's facts in; none holds personal data. */
public final class ExtranetHeaders {

    /** Where this route's dead letters go; read by the dead-letter route. */
    public static final String CHANNEL = "HubChannel";
    public static final String PATH = "HubPath";
    public static final String STABLE_ID = "HubStableId";
    public static final String RECORD_KIND = "HubRecordKind";
    public static final String DECISION_DATE = "HubDecisionDate";
    /** Comma-separated paths the record takes in the channel's current mode. */
    public static final String PATHS = "HubPaths";
    public static final String WARNINGS = "HubWarnings";
    public static final String RESPONSE_CODE = "HubResponseCode";

    private ExtranetHeaders() {
    }
}
