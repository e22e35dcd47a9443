package org.egovhub.extranet.journal;

/**
 * The dual-run comparison of one channel: records that took both paths, and how they ended.
 *
 * @param compared records journalled on both the legacy and the extranet path
 * @param matched delivered on both
 * @param mismatched delivered on one path, failed on the other
 * @param pending the others (still on their way, or failed on both)
 */
public record DualRun(long compared, long matched, long mismatched, long pending) {
}
