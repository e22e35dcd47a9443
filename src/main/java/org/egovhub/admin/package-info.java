/** The administrators' pages: the hub as queues, dead-letter queues and their replay. */
package org.egovhub.admin;
