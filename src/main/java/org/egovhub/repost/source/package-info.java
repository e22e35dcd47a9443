/** The upstream sources of reposting, as config/sources.yml lists them. */
package org.egovhub.repost.source;
