package org.egovhub.repost.extract;

import org.egovhub.platform.stage.StageResult;
import org.egovhub.repost.RepostQueues;
import org.egovhub.repost.fetch.FetchedPage;
import org.springframework.stereotype.Component;

/** The extraction stage: a fetched detail page becomes an item on {@code repost.extracted}. */
@Component("repostExtract")
public class ExtractStage {

    private final DetailExtractor extractor;

    ExtractStage(DetailExtractor extractor) {
        this.extractor = extractor;
    }

    public StageResult extract(FetchedPage page) {
        return StageResult.send(RepostQueues.EXTRACTED, extractor.extract(page));
    }
}
