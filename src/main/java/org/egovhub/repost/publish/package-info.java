/** Publishing an admitted item version: drop-folder JSON, CMS import and the public Atom feed. */
package org.egovhub.repost.publish;
