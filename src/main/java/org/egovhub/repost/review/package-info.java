/** What the console shows of reposting: held items with their markers, recent items with their lag, sources with their silence, the yearly workbook. */
package org.egovhub.repost.review;
