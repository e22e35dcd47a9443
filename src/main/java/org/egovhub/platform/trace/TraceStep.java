package org.egovhub.platform.trace;

import java.time.OffsetDateTime;

/**
 * One row of a ledger or journal, or one moment of it.
 *
 * @param at when (null when the row has no time)
 * @param where the table or stage (e.g. "外网通道 t-licence · 老系统路径")
 * @param outcome what happened (已投递, 等待审核, 未上网 ...)
 * @param detail more, masked (attempts, the target's answer, the last error), or null
 */
public record TraceStep(OffsetDateTime at, String where, String outcome, String detail) {
}
