/** Extraction: a fetched detail page becomes a repost item (title, dates, sanitized body, attachments, fingerprint). */
package org.egovhub.repost.extract;
