/** Polling the upstream portals: lists and feeds read with conditional GET, detail pages fetched politely and decoded. */
package org.egovhub.repost.fetch;
