/** Tables handed to the hub as files (CSV in any of the encodings offices use, XLSX), read into rows of text. */
package org.egovhub.platform.tables;
