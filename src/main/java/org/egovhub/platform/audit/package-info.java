/**
 * The one audit log of the hub: every change an administrator or reviewer makes (approve, replay,
 * switch, pause, delete, ...) with who and when, written by the capability services and read by
 * administrators at {@code GET /api/admin/audit}.
 */
package org.egovhub.platform.audit;
