package org.egovhub.reconcile.report;

import java.util.List;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.matching.QuarterFigures;
import org.egovhub.reconcile.store.ImportSummary;

/**
 * What a quarter's report shows.
 *
 * @param imports the imports whose rejected and duplicate rows the report lists
 */
public record ReportData(QuarterFigures figures, List<ImportSummary> imports) {

    public ReportData {
        imports = List.copyOf(imports);
    }

    /** Rejected rows of the side's imports. */
    public int rejected(Side side) {
        return imports.stream().filter(i -> i.side() == side).mapToInt(ImportSummary::rejected).sum();
    }
}
