package org.egovhub.reconcile.departments;

/** A district leader who receives the quarterly summary (全区通报) and escalated alerts. */
public record Leader(String name, String email) {
}
