package org.egovhub.repost.review;

import java.time.OffsetDateTime;
import java.util.List;
import org.egovhub.platform.privacy.Masking;
import org.egovhub.repost.ledger.LedgerEntry;

/** An item waiting for the confidentiality review, its body masked and cut at the markers it contains. */
public record HeldItem(String id, int version, String sourceId, String title, String url, String reason, OffsetDateTime publishedAt,
        OffsetDateTime fetchedAt, MarkedText body) {

    public static HeldItem of(LedgerEntry e, List<String> reviewMarkers) {
        return new HeldItem(e.id(), e.version(), e.sourceId(), Masking.mask(e.title()), e.url(), Masking.mask(e.reason()), e.publishedAt(),
                e.fetchedAt(), MarkedText.of(e.title() + "\n" + (e.body() == null ? "" : e.body()), reviewMarkers));
    }
}
